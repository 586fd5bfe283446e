package vn.chidoan.core.kernel.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Inbound settings ({@code chidoan.inbound.*}); every one has a default, so none needs configuring.
 *
 * @param lanes            worker threads; events of one lane (a chat) always go to the same one
 * @param maxAttempts      tries of one event before it is kept as FAILED
 * @param lease            how long an event being handled is protected from recovery elsewhere
 * @param recoverAfter     how old a still-PENDING event must be before recovery resubmits it
 * @param recoveryInterval how often recovery runs (also once at start)
 * @param retryBackoff     pause before trying a failed event again
 * @param retention        how long DONE and FAILED events are kept (their keys reject replays
 *                         meanwhile; a FAILED one keeps its payload until then)
 * @param cleanupInterval  how often events past the retention are deleted
 * @param cleanupBatch     events deleted per batch
 * @param queueCapacity    events one lane holds waiting; a new event for a full lane is refused (the
 *                         platform sends it again later)
 * @param queueMemory      bytes of waiting events' payloads kept in memory over all lanes; beyond it
 *                         an event waits as its key and is read back when its turn comes
 */
@ConfigurationProperties("chidoan.inbound")
public record InboundProperties(int lanes, int maxAttempts, Duration lease, Duration recoverAfter,
        Duration recoveryInterval, Duration retryBackoff, Duration retention, Duration cleanupInterval,
        int cleanupBatch, int queueCapacity, long queueMemory) {

    public InboundProperties {
        lanes = lanes > 0 ? lanes : 4;
        maxAttempts = maxAttempts > 0 ? maxAttempts : 3;
        lease = lease != null ? lease : Duration.ofSeconds(60);
        recoverAfter = recoverAfter != null ? recoverAfter : Duration.ofSeconds(10);
        recoveryInterval = recoveryInterval != null ? recoveryInterval : Duration.ofSeconds(30);
        retryBackoff = retryBackoff != null ? retryBackoff : Duration.ofMillis(200);
        retention = retention != null ? retention : Duration.ofDays(30);
        cleanupInterval = cleanupInterval != null ? cleanupInterval : Duration.ofHours(1);
        cleanupBatch = cleanupBatch > 0 ? cleanupBatch : 500;
        queueCapacity = queueCapacity > 0 ? queueCapacity : 2_500;
        queueMemory = queueMemory > 0 ? queueMemory : 16L * 1024 * 1024;
    }

    /**
     * How long the oldest event waiting in a lane may have waited before the lane refuses new ones: a
     * quarter of {@code recoverAfter}, so an event accepted behind it still starts before half of
     * {@code recoverAfter}, while it may be handled without a claim.
     */
    public Duration longestWait() {
        return recoverAfter.dividedBy(4);
    }

    public static InboundProperties defaults() {
        return new InboundProperties(0, 0, null, null, null, null, null, null, 0, 0, 0);
    }
}
