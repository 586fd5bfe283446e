package vn.chidoan.core.kernel.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * {@code chidoan.inbound.events} (platform, outcome accepted/duplicate) counts what webhooks handed
 * in; {@code chidoan.inbound.handle} (platform) times handling; {@code chidoan.inbound.processed}
 * (platform, outcome done/failed) counts how handling ended.
 */
@Component
class InboundMetrics {
    static final String EVENTS = "chidoan.inbound.events";
    static final String HANDLE = "chidoan.inbound.handle";
    static final String PROCESSED = "chidoan.inbound.processed";

    private final MeterRegistry registry;

    InboundMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(Platform platform, String outcome) {
        registry.counter(EVENTS, "platform", platform.code(), "outcome", outcome).increment();
    }

    Timer handling(Platform platform) {
        return registry.timer(HANDLE, "platform", platform.code());
    }

    void processed(Platform platform, String outcome) {
        registry.counter(PROCESSED, "platform", platform.code(), "outcome", outcome).increment();
    }
}
