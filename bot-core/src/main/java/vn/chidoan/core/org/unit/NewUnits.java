package vn.chidoan.core.org.unit;

import java.util.HashMap;
import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.CommandContext;

/** What creating a unit or a branch from a command shares: its name, its parent, the reply's model. */
final class NewUnits {
    static final int NAME_MIN = 3;
    static final int NAME_MAX = 100;

    private NewUnits() {
    }

    static String name(CommandContext ctx) {
        return Arguments.name(ctx.args(), NAME_MIN, NAME_MAX, "org.unit.bad_name");
    }

    /** The caller's unit, below which they create; {@code org.unit.no_tree} if there is none yet. */
    static Unit parent(Organisation org, Caller caller) {
        return caller.unit() == null ? null : org.unit(caller.unit()).orElse(null);
    }

    static Unit requiredParent(Organisation org, Caller caller) {
        Unit parent = parent(org, caller);
        if (parent == null) {
            throw new BadInput("org.unit.no_tree");
        }
        return parent;
    }

    /** Issues the unit's one-time code and the model of the reply that hands it over. */
    static Map<String, Object> withCode(Organisation org, CommandContext ctx, Unit unit, InviteStore.Purpose purpose) {
        return withCode(org, ctx, unit, org.invites().issue(purpose, unit.id(), ctx.replies().eventKey() + ":code",
                org.clock().instant()));
    }

    /** The model of the reply that hands over the unit's code: its name, kind, code, link and validity. */
    static Map<String, Object> withCode(Organisation org, CommandContext ctx, Unit unit, InviteStore.InviteDoc code) {
        Map<String, Object> model = new HashMap<>();
        model.put("days", org.codes().validity().toDays());
        model.put("name", unit.name());
        model.put("kind", ctx.replies().label(unit.kind().labelKey()));
        model.put("code", code.id());
        org.startLink(ctx.message().chat().platform(), code.id()).ifPresent(link -> model.put("link", link));
        return model;
    }
}
