package vn.chidoan.core.org.reminder;

import java.time.Instant;

/**
 * Port: what one kind of reminder does when it fires. Each feature that reminds (meeting, fee,
 * comment, form, notice) implements one; {@link #kind()} is the key its reminders carry.
 */
public interface ReminderKind {

    String kind();

    /**
     * Works out who must be reminded now (who has not answered, not paid yet) and writes each
     * message to the outbox under {@link Reminder#outboxKey(Occurrence, vn.chidoan.core.kernel.chat.ChatRef)},
     * so running it again after an interruption sends nobody a second message.
     */
    void fire(Reminder reminder, Occurrence occurrence);

    /** Until when a late delivery is still worth sending; by default, until the event starts. */
    default Instant usefulUntil(Reminder reminder, Occurrence occurrence) {
        return occurrence.event();
    }
}
