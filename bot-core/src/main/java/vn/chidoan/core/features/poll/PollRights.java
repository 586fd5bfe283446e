package vn.chidoan.core.features.poll;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * Rights on polls, worked out when they are used: asking a poll of a unit needs its branch committee or an
 * officer of it or above; its results go to its creator while they keep that right, to officers of its
 * unit or above, and to the committee of a branch it reached; voting, to members of a branch it reached.
 */
@Component
class PollRights {
    private final CallerResolver callers;
    private final Members members;

    PollRights(CallerResolver callers, Members members) {
        this.callers = callers;
        this.members = members;
    }

    boolean mayAsk(Caller caller, UnitId unit) {
        return caller.known() && unit != null && callers.on(caller, unit).role().atLeast(Role.BCH);
    }

    /** The creator as they stand now, if they may still read the results. */
    Optional<Caller> creator(Poll poll) {
        if (poll.creatorAccount() == null) {
            return Optional.empty();
        }
        Caller creator = callers.onBehalfOf(poll.creatorAccount(), poll.origin());
        return creator.known() && creator.role().atLeast(Role.BCH) ? Optional.of(creator) : Optional.empty();
    }

    boolean mayRead(Caller caller, Poll poll) {
        if (caller.admin()) {
            return true;
        }
        if (!caller.known()) {
            return false;
        }
        Role onOrigin = callers.on(caller, poll.origin()).role();
        if (onOrigin.atLeast(Role.OFFICER) || (caller.person().equals(poll.creator()) && onOrigin.atLeast(Role.BCH))) {
            return true;
        }
        return branchOf(poll, caller).filter(b -> callers.on(caller, b).role().atLeast(Role.BCH)).isPresent();
    }

    /** The branch through which the poll reached the person, if it did. */
    Optional<UnitId> branchOf(Poll poll, Caller caller) {
        if (caller.person() == null) {
            return Optional.empty();
        }
        return members.membershipsOf(caller.person()).stream().map(Membership::branch)
                .filter(poll.branches()::contains).findFirst();
    }
}
