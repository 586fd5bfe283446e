package vn.chidoan.core.org.member.roster;

import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;

/** The branch a roster command works on, who may change whom, and how a roster line names someone. */
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
}
