package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says that the lanes refuse events at most once per {@link #EVERY}, with how many were refused since
 * it last said so: in a flood the webhooks refuse hundreds a second (each sent again by its platform),
 * and a warning for each was a log line per refused request. The count of every refusal is the
 * {@code busy} outcome of {@code chidoan.inbound.events}.
 */
final class Refusals {
    static final Duration EVERY = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(MongoInboundGateway.class);

    private final Clock clock;
    private final AtomicLong unsaid = new AtomicLong();
    private volatile Instant quietUntil = Instant.MIN;

    Refusals(Clock clock) {
        this.clock = clock;
    }

    /** An event was refused because its lane is full or behind. */
    void refused(String key) {
        unsaid.incrementAndGet();
        Instant now = clock.instant();
        if (now.isBefore(quietUntil)) {
            return;
        }
        synchronized (this) {
            if (now.isBefore(quietUntil)) {
                return;
            }
            quietUntil = now.plus(EVERY);
            log.warn("inbound: saturated, {} event(s) refused for now (the platforms send them again), the latest {}",
                    unsaid.getAndSet(0), key);
        }
    }
}
