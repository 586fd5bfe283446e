package vn.chidoan.core.features.notice;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Who may do what with notices, asked when it is done (the caller as they stand at this event): send
 * from a unit (an officer of it or of a unit above, an admin), read a notice's results (its sender,
 * an officer of its unit or above, an admin), pass one on (an officer of a unit strictly below its
 * unit that some of its branches are in).
 */
@Component
class NoticeRights {
    private final Organisation org;

    NoticeRights(Organisation org) {
        this.org = org;
    }

    boolean sendsFor(Caller caller, UnitId unit) {
        return caller.admin() || (caller.known() && officerAbove(caller, unit));
    }

    boolean reads(Caller caller, Notice notice) {
        if (caller.admin() || (caller.known() && notice.sender() != null && notice.sender().equals(caller.person()))) {
            return true;
        }
        return caller.known() && officerAbove(caller, notice.origin());
    }

    /** The highest unit the caller leads that the notice reached below its own unit, if any. */
    Optional<Unit> forwardsFrom(Caller caller, Notice notice) {
        if (!caller.known()) {
            return Optional.empty();
        }
        Set<UnitId> reached = new HashSet<>(notice.branches());
        return caller.officerOf().stream().map(org::unit).flatMap(Optional::stream)
                .filter(unit -> !unit.id().equals(notice.origin()) && unit.within(notice.origin()))
                .filter(unit -> org.branchesWithin(unit.id()).stream().anyMatch(reached::contains))
                .min(Comparator.comparingInt((Unit u) -> u.ancestors().size()).thenComparing(u -> u.id().value()));
    }

    private boolean officerAbove(Caller caller, UnitId unit) {
        return org.unit(unit).filter(u -> caller.officerOf().stream().anyMatch(u::within)).isPresent();
    }
}
