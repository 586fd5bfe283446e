/**
 * Reminders: what is due (a use-case key, its target and a schedule of events with offsets before
 * each), the branch's reminder settings, and firing each occurrence exactly once: claimed under a
 * unique (reminder, occurrence) record, sent only while still useful, never in quiet hours.
 */
package vn.chidoan.core.org.reminder;
