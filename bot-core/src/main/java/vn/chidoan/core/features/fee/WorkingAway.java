package vn.chidoan.core.features.fee;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.MemberStatuses;

/**
 * Members working away (đi làm ăn xa) pay a quarter at a time: in a book collected monthly, the reminders of
 * the quarter's first two months leave them out, and the one of its last month reminds them, privately as
 * every fee reminder, of all they owe by then. Their status comes from the member records through the
 * {@link MemberStatuses} port, read when the reminder fires.
 */
@Component
class WorkingAway {
    private final MemberStatuses statuses;

    WorkingAway(MemberStatuses statuses) {
        this.statuses = statuses;
    }

    /** Who the reminder of {@code period} leaves for the quarter's last month: none for a quarter's own. */
    Set<PersonId> waitForQuarterEnd(UnitId branch, FeePeriod period, LocalDate day) {
        if (!period.isMonth() || period.last().getMonthValue() % 3 == 0) {
            return Set.of();
        }
        return statuses.away(branch, day).entrySet().stream()
                .filter(e -> e.getValue().on(day) == MemberStatus.WORKING_AWAY).map(java.util.Map.Entry::getKey)
                .collect(Collectors.toSet());
    }
}
