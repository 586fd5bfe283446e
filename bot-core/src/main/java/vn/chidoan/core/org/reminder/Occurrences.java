package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Pure occurrence arithmetic: the reminders a schedule and its offsets plan, in a zone. An offset
 * {@code o} reminds at {@code event - o}, so the first reminder after {@code t} for that offset
 * belongs to the first event after {@code t + o}.
 */
final class Occurrences {
    private Occurrences() {
    }

    /** The first occurrence strictly after {@code after}; on a tie, the one of the nearer event. */
    static Optional<Occurrence> next(Schedule schedule, List<Duration> offsets, Instant after, ZoneId zone) {
        Occurrence best = null;
        for (Duration offset : offsets) {
            Optional<Instant> event = schedule.nextEventAfter(after.plus(offset), zone);
            if (event.isPresent()) {
                Occurrence candidate = new Occurrence(event.get().minus(offset), event.get());
                if (best == null || earlier(candidate, best)) {
                    best = candidate;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether the schedule and offsets plan exactly this occurrence (a trigger may outlive a change). */
    static boolean plans(Schedule schedule, List<Duration> offsets, Occurrence occurrence, ZoneId zone) {
        return next(schedule, offsets, occurrence.at().minusNanos(1), zone).filter(occurrence::equals).isPresent();
    }

    private static boolean earlier(Occurrence a, Occurrence b) {
        int byAt = a.at().compareTo(b.at());
        return byAt < 0 || (byAt == 0 && a.event().isBefore(b.event()));
    }
}
