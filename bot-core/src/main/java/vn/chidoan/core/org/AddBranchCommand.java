package vn.chidoan.core.org;

import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;

/**
 * {@code /chidoan_them <tên>}: an officer adds a branch below their unit, and gets a one-time code
 * its secretary types in the branch's group ({@code /lienket <mã>}).
 */
@Component
public class AddBranchCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("chidoan_them").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Organisation org;

    public AddBranchCommand(Organisation org) {
        this.org = org;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        String name = NewUnits.name(ctx);
        Unit parent = NewUnits.requiredParent(org, ctx.caller());
        Unit created = org.create(name, UnitKind.CHI_DOAN, parent, ctx.replies().eventKey());
        ctx.replies().say("org.branch.created", NewUnits.withCode(org, ctx, created, InviteStore.Purpose.LINK_BRANCH));
    }
}
