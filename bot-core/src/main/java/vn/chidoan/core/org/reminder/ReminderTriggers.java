package vn.chidoan.core.org.reminder;

/**
 * Port: the in-memory triggers that wake the core when a reminder is due. Implemented by the
 * scheduler module (Quartz); a reminder has at most one armed trigger, for its next occurrence.
 */
public interface ReminderTriggers {

    /** Arms (or re-arms) the reminder's trigger; a {@code fireAt} in the past fires at once. */
    void arm(ReminderId id, Due due);

    void disarm(ReminderId id);
}
