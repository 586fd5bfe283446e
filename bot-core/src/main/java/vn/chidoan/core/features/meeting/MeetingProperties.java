package vn.chidoan.core.features.meeting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Meeting settings ({@code chidoan.meetings.*}).
 *
 * @param checkinBefore how long before the start check-in opens
 * @param checkinAfter  how long after the start check-in stays open
 * @param lateAfter     a check-in later than start plus this is recorded late (muộn)
 * @param countsBatch   at most one edit of an invitation's counts per this period, so a busy group
 *                      stays under the platform's edit limits
 * @param qrRotation    how often the check-in QR code gets a new token
 * @param qrGrace       how long a token still works after the next one was shown
 * @param tickInterval  how often the periodic work (count edits, QR rotation) looks for what is due
 * @param inviteBefore  how long before each monthly meeting its invitation goes out (the reminders
 *                      are the branch's {@code /nhacnho hop} offsets, a separate setting)
 */
@ConfigurationProperties("chidoan.meetings")
public record MeetingProperties(Duration checkinBefore, Duration checkinAfter, Duration lateAfter,
        Duration countsBatch, Duration qrRotation, Duration qrGrace, Duration tickInterval, Duration inviteBefore) {

    public MeetingProperties {
        checkinBefore = checkinBefore == null ? Duration.ofMinutes(30) : checkinBefore;
        checkinAfter = checkinAfter == null ? Duration.ofMinutes(60) : checkinAfter;
        lateAfter = lateAfter == null ? Duration.ofMinutes(15) : lateAfter;
        countsBatch = countsBatch == null ? Duration.ofSeconds(10) : countsBatch;
        qrRotation = qrRotation == null ? Duration.ofSeconds(60) : qrRotation;
        qrGrace = qrGrace == null ? Duration.ofSeconds(30) : qrGrace;
        tickInterval = tickInterval == null ? Duration.ofSeconds(2) : tickInterval;
        inviteBefore = inviteBefore == null ? Duration.ofDays(3) : inviteBefore;
    }

    public static MeetingProperties defaults() {
        return new MeetingProperties(null, null, null, null, null, null, null, null);
    }
}
