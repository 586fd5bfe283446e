package vn.chidoan.core.org;

import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.BadInput;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;

/**
 * {@code /donvi_them <tên>}: an officer adds a sub-unit below their unit, and gets a one-time code
 * that makes its leader an officer of it. An admin with no tree yet creates the Tỉnh đoàn this way.
 */
@Component
public class AddUnitCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("donvi_them").minRole(Role.OFFICER)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Organisation org;

    public AddUnitCommand(Organisation org) {
        this.org = org;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        String name = NewUnits.name(ctx);
        Unit parent = NewUnits.parent(org, ctx.caller());
        if (parent == null && (!ctx.caller().admin() || org.root().isPresent())) {
            throw new BadInput("org.unit.no_tree");
        }
        UnitKind kind = parent == null ? UnitKind.TINH_DOAN : parent.kind().subUnitNamed(name);
        Unit created = org.create(name, kind, parent, ctx.replies().eventKey());
        ctx.replies().say("org.unit.created", NewUnits.withCode(org, ctx, created, InviteStore.Purpose.LEAD_UNIT));
    }
}
