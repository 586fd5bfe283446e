package vn.chidoan.core.features.meeting.checkin;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * One member present at one meeting: {@code late} after the start plus the grace period;
 * {@code how} is {@code button}, {@code qr} or {@code bch} (marked by hand).
 */
public record Attendance(String meeting, PersonId person, boolean late, Instant at, String how) {
}
