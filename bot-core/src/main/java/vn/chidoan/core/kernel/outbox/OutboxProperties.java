package vn.chidoan.core.kernel.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Outbox settings ({@code chidoan.outbox.*}); every one has a default, so none needs configuring.
 *
 * @param maxAttempts     transient failures (5xx, network) before an entry is given up as FAILED
 * @param lease           how long a claimed entry stays SENDING before another dispatcher may retry it
 * @param retention       how long entries are kept once delivered, forwarded, failed or held (their keys
 *                        block a resend meanwhile; failed and held ones may carry exports)
 * @param rescanInterval  how often the database is read for due entries this instance was not told of
 * @param scanLimit       entries read per scan
 * @param idleWait        the longest a dispatcher sleeps when it knows of nothing due
 * @param cleanupInterval how often entries past the retention are deleted
 * @param cleanupBatch    entries deleted per batch
 * @param sendsInFlight   sends under way at once per platform (0: {@link #sendsInFlightFor its pace}'s default)
 */
@ConfigurationProperties("chidoan.outbox")
public record OutboxProperties(int maxAttempts, Duration lease, Duration retention, Duration rescanInterval,
        int scanLimit, Duration idleWait, Duration cleanupInterval, int cleanupBatch, int sendsInFlight) {

    @ConstructorBinding
    public OutboxProperties {
        maxAttempts = maxAttempts > 0 ? maxAttempts : 12;
        lease = lease != null ? lease : Duration.ofSeconds(60);
        retention = retention != null ? retention : Duration.ofDays(30);
        rescanInterval = rescanInterval != null ? rescanInterval : Duration.ofSeconds(5);
        scanLimit = scanLimit > 0 ? scanLimit : 500;
        idleWait = idleWait != null ? idleWait : Duration.ofSeconds(1);
        cleanupInterval = cleanupInterval != null ? cleanupInterval : Duration.ofHours(1);
        cleanupBatch = cleanupBatch > 0 ? cleanupBatch : 500;
        sendsInFlight = Math.max(0, sendsInFlight);
    }

    public OutboxProperties(int maxAttempts, Duration lease, Duration retention, Duration rescanInterval, int scanLimit,
            Duration idleWait, Duration cleanupInterval, int cleanupBatch) {
        this(maxAttempts, lease, retention, rescanInterval, scanLimit, idleWait, cleanupInterval, cleanupBatch, 0);
    }

    public static OutboxProperties defaults() {
        return new OutboxProperties(0, null, null, null, 0, null, null, 0);
    }

    /**
     * Sends at once for a platform paced at {@code overall}: a quarter of what it allows in a second,
     * between 4 and 32 (4 with no limit). A send (claim, call, record) takes 30–250 ms, so a quarter of
     * the rate keeps the window full even at the slow end: 8 for Telegram's 30 a second, 32 for paid
     * broadcasts and Messenger's 300.
     */
    public static int sendsInFlightFor(PlatformSender.Limit overall) {
        if (!overall.limits()) {
            return 4;
        }
        double perSecond = overall.count() * 1000.0 / Math.max(1, overall.per().toMillis());
        return (int) Math.max(4, Math.min(32, Math.ceil(perSecond / 4)));
    }
}
