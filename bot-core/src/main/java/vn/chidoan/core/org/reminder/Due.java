package vn.chidoan.core.org.reminder;

import java.time.Instant;

/** The next occurrence of a reminder and when its trigger fires ({@code fireAt} is after quiet hours). */
public record Due(Occurrence occurrence, Instant fireAt) {
}
