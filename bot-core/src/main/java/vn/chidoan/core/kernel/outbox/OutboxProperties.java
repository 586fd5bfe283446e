package vn.chidoan.core.kernel.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("chidoan.outbox")
public record OutboxProperties(int maxAttempts, Duration lease, Duration retention, Duration rescanInterval,
        int scanLimit, Duration idleWait, Duration cleanupInterval, int cleanupBatch) {

    public OutboxProperties {
        maxAttempts = maxAttempts > 0 ? maxAttempts : 12;
        lease = lease != null ? lease : Duration.ofSeconds(60);
        retention = retention != null ? retention : Duration.ofDays(30);
        rescanInterval = rescanInterval != null ? rescanInterval : Duration.ofSeconds(5);
        scanLimit = scanLimit > 0 ? scanLimit : 500;
        idleWait = idleWait != null ? idleWait : Duration.ofSeconds(1);
        cleanupInterval = cleanupInterval != null ? cleanupInterval : Duration.ofHours(1);
        cleanupBatch = cleanupBatch > 0 ? cleanupBatch : 500;
    }

    public static OutboxProperties defaults() {
        return new OutboxProperties(0, null, null, null, 0, null, null, 0);
    }
}
