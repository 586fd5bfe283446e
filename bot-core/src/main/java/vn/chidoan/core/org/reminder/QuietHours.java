package vn.chidoan.core.org.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Local hours in which no reminder is delivered, such as 21:30–07:00 (a window may wrap past
 * midnight). Equal start and end mean none. A reminder due inside the window is delivered at its end.
 */
record QuietHours(LocalTime start, LocalTime end) {
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public boolean none() {
        return start.equals(end);
    }

    public boolean contains(LocalTime time) {
        if (none()) {
            return false;
        }
        return wraps() ? !time.isBefore(start) || time.isBefore(end) : !time.isBefore(start) && time.isBefore(end);
    }

    public boolean contains(Instant instant, ZoneId zone) {
        return contains(instant.atZone(zone).toLocalTime());
    }

    /** When something due at {@code at} may be delivered: {@code at} itself, or the end of the window it falls in. */
    public Instant shift(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        boolean endIsTomorrow = wraps() && !local.toLocalTime().isBefore(start);
        return ZonedDateTime.of(local.toLocalDate().plusDays(endIsTomorrow ? 1 : 0), end, zone).toInstant();
    }

    private boolean wraps() {
        return start.isAfter(end);
    }
}
