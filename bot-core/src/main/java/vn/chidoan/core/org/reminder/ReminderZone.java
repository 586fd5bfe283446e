package vn.chidoan.core.org.reminder;

import java.time.ZoneId;

/** The zone schedules and quiet hours are read in: the injected {@code Clock}'s, read once. */
record ReminderZone(ZoneId id) {
}
