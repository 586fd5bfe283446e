package vn.chidoan.core.org.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /donvi}: the caller's unit with its branch and member counts, and each unit right below it
 * (at most {@value #SHOWN}) with theirs; branches show whether their group is linked.
 */
@Component
class UnitsCommand implements Command {
    static final int SHOWN = 30;
    private static final CommandSpec SPEC = CommandSpec.command("donvi").minRole(Role.OFFICER)
            .place(Place.PRIVATE).build();

    private final Organisation org;
    private final Members members;

    UnitsCommand(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Replies replies = ctx.replies();
        Unit unit = NewUnits.requiredParent(org, ctx.caller());
        List<Unit> children = org.units().children(unit.id(), SHOWN);
        String lines = children.stream().map(child -> line(child, replies)).collect(Collectors.joining("\n"));
        Map<String, Object> model = counts(unit, replies);
        long more = org.units().countChildren(unit.id()) - children.size();
        if (!lines.isEmpty()) {
            model.put("lines", lines);
        }
        if (more > 0) {
            model.put("more", more);
        }
        replies.say("org.tree.view", model);
    }

    private String line(Unit child, Replies replies) {
        Map<String, Object> model = counts(child, replies);
        if (child.kind().isBranch()) {
            model.put("linked", org.chatOfBranch(child.id(), replies.chat().platform()).isPresent());
            return replies.render("org.tree.branch_line", model).markup();
        }
        return replies.render("org.tree.unit_line", model).markup();
    }

    private Map<String, Object> counts(Unit unit, Replies replies) {
        List<UnitId> branches = org.branchesWithin(unit.id());
        return new HashMap<>(Map.of("name", unit.name(), "kind", replies.label(unit.kind().labelKey()),
                "branches", branches.size(), "members", branches.isEmpty() ? 0 : members.countActive(branches)));
    }
}
