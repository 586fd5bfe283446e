package vn.chidoan.core.org.unit;

import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * A command that creates a unit below the caller's from its typed name, then replies with the new
 * unit's one-time code. Subclasses say where it goes and what kind it is.
 */
abstract class NewUnitCommand implements Command {
    private final CommandSpec spec;
    private final String createdKey;
    private final InviteStore.Purpose codePurpose;
    final Organisation org;

    NewUnitCommand(Organisation org, CommandSpec spec, String createdKey, InviteStore.Purpose codePurpose) {
        this.org = org;
        this.spec = spec;
        this.createdKey = createdKey;
        this.codePurpose = codePurpose;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    @Override
    public final void handle(CommandContext ctx) {
        String name = NewUnits.name(ctx);
        Unit parent = parent(ctx);
        Unit created = org.create(name, kind(name, parent), parent, ctx.replies().eventKey());
        ctx.replies().say(createdKey, NewUnits.withCode(org, ctx, created, codePurpose));
    }

    /** The unit the new one goes below; null only for the root. Throws {@link vn.chidoan.core.kernel.chat.BadInput}. */
    abstract Unit parent(CommandContext ctx);

    abstract UnitKind kind(String name, Unit parent);
}
