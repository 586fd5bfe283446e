package vn.chidoan.core.org.reminder;

import java.time.ZoneId;

/** The zone schedules and quiet hours are read in. */
record ReminderZone(ZoneId id) {
}
