package vn.chidoan.core.features.meeting;

import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;

/**
 * The meeting feature's side of the scheduler: saves and deletes its reminders and reads the branch's
 * meeting offsets.
 */
@Component
class MeetingReminders {
    static final String KIND = "meeting";

    private final Reminders reminders;

    MeetingReminders(Reminders reminders) {
        this.reminders = reminders;
    }

    void save(Reminder reminder) {
        reminders.save(reminder);
    }

    void delete(String target) {
        reminders.delete(ReminderId.of(KIND, target));
    }

    /** How long before each meeting the branch is reminded; the largest is when the invitation goes out. */
    List<Duration> offsets(UnitId branch) {
        return reminders.settings(branch).offsetsFor(KIND);
    }
}
