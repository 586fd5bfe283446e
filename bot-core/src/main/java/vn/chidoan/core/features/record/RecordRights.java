package vn.chidoan.core.features.record;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Roles;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Who may do what to a record, checked when it happens against the record's own branch (a button may be
 * pressed anywhere, long after it was shown): an admin; an officer of a unit above the branch; else the
 * role of the person's membership in it. Only the branch's BCH and officers above see records.
 */
@Component
public class RecordRights {
    private final Organisation org;
    private final Members members;

    RecordRights(Organisation org, Members members) {
        this.org = org;
        this.members = members;
    }

    /** The caller's role on the branch now. */
    public Role on(Caller caller, UnitId branch) {
        if (caller.admin()) {
            return Role.ADMIN;
        }
        if (caller.person() == null) {
            return Role.GUEST;
        }
        boolean officer = !caller.officerOf().isEmpty()
                && org.unit(branch).filter(unit -> caller.officerOf().stream().anyMatch(unit::within)).isPresent();
        return officer ? Role.OFFICER
                : members.membership(caller.person(), branch).map(Membership::role).orElse(Role.GUEST);
    }

    /** Whether the caller holds {@code least} or more on the branch now. */
    public boolean holds(Caller caller, UnitId branch, Role least) {
        return on(caller, branch).atLeast(least);
    }

    /** Refuses with the role's refusal ({@code pipeline.refused.<role>}) unless the caller holds it. */
    public void require(Caller caller, UnitId branch, Role least, String command) {
        if (!holds(caller, branch, least)) {
            throw new BadInput(Roles.refusalKey(least), Map.of("command", command));
        }
    }

    /**
     * The branch a command works on: the group's, or in a private chat the caller's own branch;
     * {@code record.no_branch} for a unit above branches (an officer types it in the branch's group).
     */
    public UnitId branchOf(Caller caller) {
        UnitId unit = caller.unit();
        if (unit == null || org.unit(unit).map(Unit::kind).filter(kind -> kind.isBranch()).isEmpty()) {
            throw new BadInput("record.no_branch");
        }
        return unit;
    }
}
