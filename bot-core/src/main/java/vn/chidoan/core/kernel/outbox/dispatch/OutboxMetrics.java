package vn.chidoan.core.kernel.outbox.dispatch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Outbox;

/**
 * {@code chidoan.outbox.sends} (tags platform, outcome) counts send attempts by how they ended;
 * {@code chidoan.outbox.depth} is the number of PENDING and SENDING entries, refreshed periodically
 * by the dispatcher rather than counted at every scrape.
 */
@Component
public class OutboxMetrics {
    public static final String SENDS = "chidoan.outbox.sends";
    static final String DEPTH = "chidoan.outbox.depth";

    private final MeterRegistry registry;
    private final AtomicLong depth = new AtomicLong();

    public OutboxMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder(DEPTH, depth, AtomicLong::get)
                .description("Outbox entries waiting or being sent")
                .register(registry);
    }

    void sent(Platform platform, String outcome) {
        registry.counter(SENDS, "platform", platform.code(), "outcome", outcome).increment();
    }

    void depth(long entries) {
        depth.set(entries);
    }
}
