package vn.chidoan.core.features.fee;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.reminder.Reminders;

/**
 * The two kinds that remind members who owe ({@link OwedReminders}): {@code fee} at the branch's
 * {@code /nhacnho doanphi} offsets before the deadline, {@code fee-due} on the deadline day, which stays
 * quiet when the branch's own offsets already remind on the day (one message, not two at once).
 */
final class FeeReminderKinds {
    private FeeReminderKinds() {
    }

    /** Worth sending until the deadline day is over (a restart at 10:00 on the day still reminds). */
    static Instant endOfDeadlineDay(Occurrence occurrence, ZoneId zone) {
        return occurrence.event().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Component
    static class BeforeDeadline implements ReminderKind {
        private final OwedReminders owed;
        private final Clock clock;

        BeforeDeadline(OwedReminders owed, Clock clock) {
            this.owed = owed;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return FeeReminders.KIND;
        }

        @Override
        public void fire(Reminder reminder, Occurrence occurrence) {
            owed.remind(reminder, occurrence);
        }

        @Override
        public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
            return endOfDeadlineDay(occurrence, clock.getZone());
        }
    }

    @Component
    static class OnTheDay implements ReminderKind {
        private final OwedReminders owed;
        private final Reminders reminders;
        private final Clock clock;

        OnTheDay(OwedReminders owed, Reminders reminders, Clock clock) {
            this.owed = owed;
            this.reminders = reminders;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return FeeReminders.DUE_KIND;
        }

        @Override
        public void fire(Reminder reminder, Occurrence occurrence) {
            if (!reminders.settings(reminder.unit()).offsetsFor(FeeReminders.KIND).contains(Duration.ZERO)) {
                owed.remind(reminder, occurrence);
            }
        }

        @Override
        public Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
            return endOfDeadlineDay(occurrence, clock.getZone());
        }
    }
}
