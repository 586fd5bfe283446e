package vn.chidoan.core.org.member.roster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.Roles;

/** The branch a roster command works on, who may change whom, and how roster lines read. */
final class BranchContext {
    private BranchContext() {
    }

    /** The branch of the group, or the caller's own branch in a private chat. */
    static UnitId branch(Caller caller) {
        if (caller.unit() == null) {
            throw new BadInput("member.roster.no_branch");
        }
        return caller.unit();
    }

    /** The BCH changes members, the secretary the BCH too; officers above change anyone. */
    static void mayChange(Caller caller, RosterEntry target) {
        if (!caller.role().atLeast(Role.OFFICER) && target.role().atLeast(caller.role())) {
            throw new BadInput("member.remove.not_allowed", Map.of("name", nameOf(target)));
        }
    }

    static String nameOf(RosterEntry entry) {
        return entry.name() == null ? "#" + entry.number() : entry.name();
    }

    static String lines(List<RosterEntry> roster, Replies replies) {
        return roster.stream().map(entry -> line(entry, replies)).collect(Collectors.joining("\n"));
    }

    private static String line(RosterEntry entry, Replies replies) {
        Map<String, Object> model = new HashMap<>(Map.of("number", entry.number(), "name", nameOf(entry),
                "noAccount", !entry.hasAccount()));
        if (entry.role() != Role.MEMBER) {
            model.put("role", Roles.label(replies, entry.role()));
        }
        return replies.render("member.roster.line", model).markup();
    }
}
