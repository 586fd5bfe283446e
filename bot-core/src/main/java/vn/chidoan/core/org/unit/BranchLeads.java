package vn.chidoan.core.org.unit;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * Who may run a branch's business wherever they act (a private chat has no branch of its own, and a
 * button may be pressed anywhere): its BCH, an officer above it, an admin; and who belongs to it. The
 * check a pressed button or a late step makes against the object's own branch.
 */
@Component
public class BranchLeads {
    private final Members members;
    private final Organisation org;

    public BranchLeads(Members members, Organisation org) {
        this.members = members;
        this.org = org;
    }

    /** Whether the caller may act for the branch now: its BCH or secretary, an officer above it, an admin. */
    public boolean leads(Caller caller, UnitId branch) {
        if (caller.admin()) {
            return true;
        }
        if (caller.person() == null) {
            return false;
        }
        boolean officer = !caller.officerOf().isEmpty()
                && org.unit(branch).filter(unit -> caller.officerOf().stream().anyMatch(unit::within)).isPresent();
        return officer || members.membership(caller.person(), branch).map(Membership::role)
                .filter(role -> role.atLeast(Role.BCH)).isPresent();
    }

    public boolean member(PersonId person, UnitId branch) {
        return person != null && members.membership(person, branch).isPresent();
    }
}
