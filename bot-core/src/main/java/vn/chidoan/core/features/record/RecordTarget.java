package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * The member an operation is started on, as the card showed them: their branch, their roster line,
 * their record; and who started it, with the role they hold on that branch now.
 */
public record RecordTarget(UnitId branch, RosterEntry entry, MemberRecord record, Caller caller, Role role) {

    /** The member's name as rosters show it: their name, or their roster number when they have none. */
    public String name() {
        return entry.name() == null ? "#" + entry.number() : entry.name();
    }

    /** Whether the one who acts is the member themselves. */
    public boolean self() {
        return entry.person().equals(caller.person());
    }
}
