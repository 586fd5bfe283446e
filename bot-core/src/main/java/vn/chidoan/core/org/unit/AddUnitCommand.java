package vn.chidoan.core.org.unit;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /donvi_them <tên>}: an officer adds a sub-unit below their unit, and gets a one-time code
 * that makes its leader an officer of it. An admin with no tree yet creates the Tỉnh đoàn this way.
 */
@Component
class AddUnitCommand extends NewUnitCommand {
    private static final CommandSpec SPEC = CommandSpec.command("donvi_them").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.REQUIRED).build();

    AddUnitCommand(Organisation org) {
        super(org, SPEC, "org.unit.created", InviteStore.Purpose.LEAD_UNIT);
    }

    @Override
    Unit parent(CommandContext ctx) {
        Unit parent = NewUnits.parent(org, ctx.caller());
        if (parent == null && (!ctx.caller().admin() || org.root().isPresent())) {
            throw new BadInput("org.unit.no_tree");
        }
        return parent;
    }

    @Override
    UnitKind kind(String name, Unit parent) {
        return parent == null ? UnitKind.TINH_DOAN : parent.kind().subUnitNamed(name);
    }
}
