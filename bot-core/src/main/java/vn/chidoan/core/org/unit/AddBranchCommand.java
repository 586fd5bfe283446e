package vn.chidoan.core.org.unit;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /chidoan_them <tên>}: an officer adds a branch below their unit, and gets a one-time code
 * its secretary types in the branch's group ({@code /lienket <mã>}).
 */
@Component
class AddBranchCommand extends NewUnitCommand {
    private static final CommandSpec SPEC = CommandSpec.command("chidoan_them").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.REQUIRED).build();

    AddBranchCommand(Organisation org) {
        super(org, SPEC, "org.branch.created", InviteStore.Purpose.LINK_BRANCH);
    }

    @Override
    Unit parent(CommandContext ctx) {
        return NewUnits.requiredParent(org, ctx.caller());
    }

    @Override
    UnitKind kind(String name, Unit parent) {
        return UnitKind.CHI_DOAN;
    }
}
