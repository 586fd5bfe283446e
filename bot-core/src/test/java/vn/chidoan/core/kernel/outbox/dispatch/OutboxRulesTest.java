package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.dispatch.OutcomeRecorder;

/**
 * The outbox's rules that need no database: backoff, reasons, defaults (the pace's are in
 * {@link PacerWindowTest} and {@link PacerChatsTest}).
 */
class OutboxRulesTest {
    private static final Instant NOW = Instant.parse("2026-03-26T01:00:00Z");

    @Test
    void backoffDoublesFromOneSecondUpToFiveMinutes() {
        assertThat(OutcomeRecorder.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutcomeRecorder.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutcomeRecorder.backoff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutcomeRecorder.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutcomeRecorder.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void waitsAreRoundedUpToTheStoredMillisecondNeverDown() {
        assertThat(OutcomeRecorder.ceilMillis(NOW.plusNanos(1))).isEqualTo(NOW.plusMillis(1));
        assertThat(OutcomeRecorder.ceilMillis(NOW.plusMillis(3))).isEqualTo(NOW.plusMillis(3));
    }

    @Test
    void sendsInFlightFollowThePlatformsPace() {
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(30, Duration.ofSeconds(1))))
                .as("Telegram").isEqualTo(8);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(1_000, Duration.ofSeconds(1))))
                .as("paid broadcasts").isEqualTo(32);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(300, Duration.ofSeconds(1))))
                .as("Messenger").isEqualTo(32);
        assertThat(OutboxProperties.sendsInFlightFor(new PlatformSender.Limit(0, Duration.ZERO))).as("no limit")
                .isEqualTo(4);
    }

    @Test
    void reasonsKeepNoTokenAndStayShort() {
        assertThat(Reasons.clean("POST /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/sendMessage failed"))
                .isEqualTo("POST /bot<token>/sendMessage failed");
        assertThat(Reasons.clean("GET /me?access_token=EAAB123secret&x=1")).isEqualTo("GET /me?access_token=<token>&x=1");
        assertThat(Reasons.clean("x".repeat(1000))).hasSizeLessThan(310);
        assertThat(Reasons.clean(null)).isEqualTo("unknown");
    }

    @Test
    void settingsHaveDefaultsThatNeedNoConfiguration() {
        OutboxProperties defaults = OutboxProperties.defaults();

        assertThat(defaults.maxAttempts()).isEqualTo(12);
        assertThat(defaults.lease()).isEqualTo(Duration.ofSeconds(60));
        assertThat(defaults.retention()).isEqualTo(Duration.ofDays(30));
        assertThat(defaults.scanLimit()).isPositive();
        assertThat(defaults.cleanupBatch()).isPositive();
        assertThat(defaults.sendsInFlight()).as("by the platform's pace").isZero();
    }
}
