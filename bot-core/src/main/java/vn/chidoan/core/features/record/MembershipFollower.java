package vn.chidoan.core.features.record;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.member.MemberEvents;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;

/**
 * Keeps records in step with the roster when it changes outside this feature: someone who joins gets a
 * record (one who comes back after leaving is active again, with a line in their history), and a member
 * the BCH takes off the roster with {@code /thanhvien_xoa} is recorded removed. This feature's own
 * operations set the record first (removed, matured out, moved to another branch), so their roster
 * change finds nothing left to do here.
 */
@Component
class MembershipFollower {
    private final Records records;
    private final Clock clock;

    MembershipFollower(Records records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    public void on(MemberEvents.MemberJoined joined) {
        MemberRecord record = records.open(joined.person(), joined.branch());
        if (record.branch().equals(joined.branch()) && !record.status().status().onRoster()) {
            Cause cause = new Cause("rejoined:" + joined.branch().value() + ":" + clock.instant(), null,
                    clock.instant());
            records.status(joined.person(), joined.branch(), new StatusSpell(MemberStatus.ACTIVE, null, null), null,
                    Operation.REJOINED, cause);
        }
    }

    @EventListener
    public void on(MemberEvents.MemberRemoved removed) {
        records.find(removed.person())
                .filter(r -> r.branch().equals(removed.branch()) && r.status().status().onRoster())
                .ifPresent(r -> records.status(removed.person(), removed.branch(),
                        new StatusSpell(MemberStatus.REMOVED, clock.instant().atZone(clock.getZone()).toLocalDate(),
                                null), null, Operation.REMOVED,
                        new Cause("removed:" + removed.branch().value() + ":" + clock.instant(), null,
                                clock.instant())));
    }
}
