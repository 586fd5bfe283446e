package vn.chidoan.core.meeting;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.UnitId;
import vn.chidoan.core.reminder.Reminder;
import vn.chidoan.core.reminder.ReminderId;
import vn.chidoan.core.reminder.Reminders;
import vn.chidoan.core.reminder.RemindersProperties;

/**
 * The meeting feature's side of the scheduler: saves and deletes its reminders and reads the branch's
 * meeting offsets. Where no scheduler runs (the sandbox), meetings still work without reminders.
 */
@Component
class MeetingReminders {
    static final String KIND = "meeting";

    private final Optional<Reminders> reminders;

    MeetingReminders(Optional<Reminders> reminders) {
        this.reminders = reminders;
    }

    void save(Reminder reminder) {
        reminders.ifPresent(r -> r.save(reminder));
    }

    void delete(String target) {
        reminders.ifPresent(r -> r.delete(ReminderId.of(KIND, target)));
    }

    /** How long before each meeting the branch is reminded; the largest is when the invitation goes out. */
    List<Duration> offsets(UnitId branch) {
        return reminders.map(r -> r.settings(branch).offsetsFor(KIND))
                .orElseGet(() -> RemindersProperties.defaults().kinds().get(KIND).offsets());
    }
}
