package vn.chidoan.core.kernel.work;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Job settings ({@code chidoan.jobs.*}); every one has a default.
 *
 * @param lease           how long a running job is held before another instance may take it over; the
 *                        instance running it renews it every third of that while it runs
 * @param sweep           how often unfinished jobs nobody holds are taken up
 * @param attempts        runs of a job that throws before it is given up and its asker told
 * @param retention       how long finished jobs are kept (their ids turn a replayed command away)
 * @param cleanupInterval how often finished jobs past the retention are deleted
 * @param cleanupBatch    jobs deleted per batch
 */
@ConfigurationProperties("chidoan.jobs")
public record JobsProperties(Duration lease, Duration sweep, int attempts, Duration retention,
        Duration cleanupInterval, int cleanupBatch) {

    public JobsProperties {
        lease = lease != null ? lease : Duration.ofMinutes(10);
        sweep = sweep != null ? sweep : Duration.ofSeconds(30);
        attempts = attempts > 0 ? attempts : 3;
        retention = retention != null ? retention : Duration.ofDays(30);
        cleanupInterval = cleanupInterval != null ? cleanupInterval : Duration.ofHours(1);
        cleanupBatch = cleanupBatch > 0 ? cleanupBatch : 500;
    }

    public static JobsProperties defaults() {
        return new JobsProperties(null, null, 0, null, null, 0);
    }
}
