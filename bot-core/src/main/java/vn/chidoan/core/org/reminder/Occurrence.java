package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One planned reminder: {@code at} is when it is due (its identity, claimed once), {@code event}
 * the event it reminds of ({@code at} is {@code event} minus an offset). Quiet hours may deliver it
 * later than {@code at}; its identity stays {@code at}.
 */
public record Occurrence(Instant at, Instant event) {
    public Occurrence {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
    }

    /** How long before the event this reminder is planned. */
    public Duration before() {
        return Duration.between(at, event);
    }
}
