package vn.chidoan.core.org.reminder;

/** Past-tense events of the reminder feature; the scheduler re-arms or drops triggers on them. */
public final class ReminderEvents {
    private ReminderEvents() {
    }

    /** A reminder was created or changed, or its branch's settings changed. */
    public record ReminderScheduled(ReminderId id) {
    }

    /** A reminder was deleted. */
    public record ReminderCancelled(ReminderId id) {
    }
}
