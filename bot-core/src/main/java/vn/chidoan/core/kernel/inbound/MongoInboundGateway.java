package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * The inbound gateway on MongoDB: one insert per event (a replay hits the unique key and stores
 * nothing), then the event is queued on its lane in memory, payload and all, so the lane needs to
 * read nothing back. Nothing is read on this path either, so a webhook can answer at once; if the
 * process dies before a worker handles the event, recovery finds it stored.
 */
@Component
public class MongoInboundGateway implements InboundGateway {
    private final InboundStore store;
    private final InboundLanes lanes;
    private final InboundMetrics metrics;
    private final Clock clock;

    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock) {
        this.store = store;
        this.lanes = lanes;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Acceptance accept(Platform platform, String key, String lane, String payload) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(payload, "payload");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an inbound event needs a key");
        }
        String laneKey = lane == null || lane.isBlank() ? key : lane;
        Instant now = clock.instant();
        if (!store.insert(platform, key, laneKey, payload, now)) {
            metrics.received(platform, "duplicate");
            return Acceptance.DUPLICATE;
        }
        metrics.received(platform, "accepted");
        lanes.submit(new Accepted(platform, key, laneKey, payload, now));
        return Acceptance.ACCEPTED;
    }
}
