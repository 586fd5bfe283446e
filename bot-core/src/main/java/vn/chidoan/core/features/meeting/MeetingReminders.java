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
 * meeting offsets. Kind {@code meeting} reminds at each of the branch's offsets; kind
 * {@code meeting-invite} posts a monthly meeting's invitation, {@code chidoan.meetings.invite-before}
 * ahead: two settings, so one offset is one reminder whatever the invitation does.
 */
@Component
class MeetingReminders {
    static final String KIND = "meeting";
    static final String INVITE_KIND = "meeting-invite";

    private final Reminders reminders;

    MeetingReminders(Reminders reminders) {
        this.reminders = reminders;
    }

    void save(Reminder reminder) {
        reminders.save(reminder);
    }

    void delete(ReminderId id) {
        reminders.delete(id);
    }

    /** How long before each meeting the branch's members are reminded. */
    List<Duration> offsets(UnitId branch) {
        return reminders.settings(branch).offsetsFor(KIND);
    }
}
