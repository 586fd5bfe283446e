package vn.chidoan.core.features.form;

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
 * Rights on forms, worked out at the moment they are used: posting to a unit needs the committee (BCH
 * and up) of that branch, or an officer of the unit or one above it; the results of a form go to its
 * creator while they keep that right on the form's unit, to officers of that unit or above, and to the
 * committee of each branch it reached, for that branch. What is sent later on the creator's behalf (the
 * summary at the deadline) asks for the creator as they are then.
 */
@Component
class CreatorRights {
    private final CallerResolver callers;
    private final Members members;

    CreatorRights(CallerResolver callers, Members members) {
        this.callers = callers;
        this.members = members;
    }

    /** Whether the caller may post a form to {@code unit} now. */
    boolean mayPost(Caller caller, UnitId unit) {
        return caller.known() && unit != null && callers.on(caller, unit).role().atLeast(Role.BCH);
    }

    /** The creator as they stand now on the form's unit, if they may still read its results. */
    Optional<Caller> creator(Form form) {
        if (form.creatorAccount() == null) {
            return Optional.empty();
        }
        Caller creator = callers.onBehalfOf(form.creatorAccount(), form.origin());
        return creator.known() && creator.role().atLeast(Role.BCH) ? Optional.of(creator) : Optional.empty();
    }

    /** The branches of the form whose registrations the caller may read: all of them, some, or none. */
    List<UnitId> readable(Caller caller, Form form) {
        if (!caller.known() && !caller.admin()) {
            return List.of();
        }
        Role onOrigin = callers.on(caller, form.origin()).role();
        boolean creator = form.creator() != null && form.creator().equals(caller.person());
        if (onOrigin.atLeast(Role.OFFICER) || (creator && onOrigin.atLeast(Role.BCH))) {
            return form.branches();
        }
        Set<UnitId> reached = new HashSet<>(form.branches());
        return members.membershipsOf(caller.person()).stream().map(Membership::branch).filter(reached::contains)
                .filter(branch -> callers.on(caller, branch).role().atLeast(Role.BCH)).toList();
    }
}
