package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** A reminder's occurrences under its branch's settings: which, and when each may be delivered. */
record Plan(Schedule schedule, List<Duration> offsets, QuietHours quietHours, ZoneId zone) {

    static Plan of(Reminder reminder, BranchSettings settings, ZoneId zone) {
        List<Duration> offsets = reminder.offsets().isEmpty() ? settings.offsetsFor(reminder.kind()) : reminder.offsets();
        return new Plan(reminder.schedule(), offsets, settings.quietHours(), zone);
    }

    Optional<Occurrence> next(Instant after) {
        return Occurrences.next(schedule, offsets, after, zone);
    }

    boolean plans(Occurrence occurrence) {
        return Occurrences.plans(schedule, offsets, occurrence, zone);
    }

    /** When a reminder due at {@code at} may be delivered: at once, or at the end of quiet hours. */
    Instant deliverableAt(Instant at) {
        return quietHours.shift(at, zone);
    }

    Due due(Occurrence occurrence) {
        return new Due(occurrence, deliverableAt(occurrence.at()));
    }
}
