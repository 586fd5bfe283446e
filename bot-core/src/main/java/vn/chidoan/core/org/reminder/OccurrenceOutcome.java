package vn.chidoan.core.org.reminder;

import java.time.Instant;

/**
 * What became of one occurrence: claimed by an instance that is sending it, sent, or skipped with
 * a reason. There is one per (reminder, occurrence) at most.
 *
 * @param at when it was claimed or decided
 */
public record OccurrenceOutcome(Status status, SkipReason reason, Instant at) {

    public enum Status {
        CLAIMED, SENT, SKIPPED
    }

    public enum SkipReason {
        /** Missed (the app was down) and no longer useful. */
        STALE,
        /** Due in quiet hours, and by their end the event has passed. */
        QUIET_HOURS,
        /** Missed, and a later occurrence of the same reminder was also missed: only the latest is sent. */
        SUPERSEDED,
        /** No feature handles the reminder's kind. */
        UNKNOWN_KIND,
        /** The reminder was deleted or changed while this occurrence was half sent. */
        REMINDER_CHANGED
    }
}
