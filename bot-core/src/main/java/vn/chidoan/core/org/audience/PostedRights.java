package vn.chidoan.core.org.audience;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * Public API: rights on what is {@link Posted} to branches (forms, polls, posts for comment), worked out
 * at the moment they are used. Sending to a unit needs the committee (BCH and up) of that branch, or an
 * officer of the unit or one above it. The results go to the creator while they keep that right on the
 * unit it was made for, to officers of that unit or above, and to the committee of each branch it
 * reached, for that branch. Answering it is for members of a branch it reached. What is sent later on
 * the creator's behalf (a summary at the deadline) asks for the creator as they are then.
 */
@Component
public class PostedRights {
    private final CallerResolver callers;
    private final Members members;

    PostedRights(CallerResolver callers, Members members) {
        this.callers = callers;
        this.members = members;
    }

    /** Whether the caller may send something to {@code unit} now. */
    public boolean mayPost(Caller caller, UnitId unit) {
        return caller.known() && unit != null && callers.on(caller, unit).role().atLeast(Role.BCH);
    }

    /** The creator as they stand now on the unit it was made for, if they may still read its results. */
    public Optional<Caller> creator(Posted posted) {
        if (posted.creatorAccount() == null) {
            return Optional.empty();
        }
        Caller creator = callers.onBehalfOf(posted.creatorAccount(), posted.origin());
        return creator.known() && creator.role().atLeast(Role.BCH) ? Optional.of(creator) : Optional.empty();
    }

    /** The branches whose answers the caller may read: all of them, some, or none. */
    public List<UnitId> readable(Caller caller, Posted posted) {
        if (!caller.known() && !caller.admin()) {
            return List.of();
        }
        if (mayReadAll(caller, posted)) {
            return posted.branches();
        }
        Set<UnitId> reached = new HashSet<>(posted.branches());
        return members.membershipsOf(caller.person()).stream().map(Membership::branch).filter(reached::contains)
                .filter(branch -> callers.on(caller, branch).role().atLeast(Role.BCH)).toList();
    }

    /**
     * Whether the caller may read the answers of every branch it reached: an officer of the unit it was made
     * for or above, or its creator while on that unit's committee. What is not split by branch (a post's
     * comments) asks only this, so a branch's committee does not read the other branches' answers through it.
     */
    public boolean mayReadAll(Caller caller, Posted posted) {
        if (!caller.known() && !caller.admin()) {
            return false;
        }
        Role onOrigin = callers.on(caller, posted.origin()).role();
        boolean creator = posted.creator() != null && posted.creator().equals(caller.person());
        return onOrigin.atLeast(Role.OFFICER) || (creator && onOrigin.atLeast(Role.BCH));
    }

    /** Whether the caller may read the answers of at least one branch. */
    public boolean mayRead(Caller caller, Posted posted) {
        return caller.admin() || !readable(caller, posted).isEmpty();
    }

    /** The branch through which it reached the caller, if it did. */
    public Optional<UnitId> branchOf(Posted posted, Caller caller) {
        if (caller.person() == null) {
            return Optional.empty();
        }
        Set<UnitId> reached = new HashSet<>(posted.branches());
        return members.membershipsOf(caller.person()).stream().map(Membership::branch).filter(reached::contains)
                .findFirst();
    }
}
