package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;

/**
 * The inbound gateway on MongoDB: one insert per event (a replay hits the unique key and stores
 * nothing), made durable ({@link Durability}) before {@link #accept} returns, so what the caller
 * acknowledges survives a crash; then the event is queued on its lane in memory, payload and all, so
 * the lane needs to read nothing back. Nothing is read on this path either; if the process dies
 * before a worker handles the event, recovery finds it stored. When the event's lane is full, nothing
 * is stored and the answer is BUSY.
 */
@Component
public class MongoInboundGateway implements InboundGateway {
    private final InboundStore store;
    private final InboundLanes lanes;
    private final InboundMetrics metrics;
    private final Clock clock;
    private final Durability durability;

    @Autowired
    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock,
            ObjectProvider<Durability> durability) {
        this(store, lanes, metrics, clock, durability.getIfAvailable(() -> Durability.NONE));
    }

    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock,
            Durability durability) {
        this.store = store;
        this.lanes = lanes;
        this.metrics = metrics;
        this.clock = clock;
        this.durability = durability;
    }

    @Override
    public Acceptance accept(Platform platform, String key, String lane, String payload) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(payload, "payload");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an inbound event needs a key");
        }
        String laneKey = lane == null || lane.isBlank() ? key : lane;
        Optional<InboundLanes.Place> place = lanes.reserve(laneKey);
        if (place.isEmpty()) {
            metrics.received(platform, "busy");
            return Acceptance.BUSY;
        }
        Instant now = clock.instant();
        boolean inserted;
        try {
            inserted = store.insert(platform, key, laneKey, payload, now);
            durability.sync();
        } catch (RuntimeException e) {
            lanes.release(place.get());
            throw e;
        }
        if (!inserted) {
            lanes.release(place.get());
            metrics.received(platform, "duplicate");
            return Acceptance.DUPLICATE;
        }
        metrics.received(platform, "accepted");
        lanes.submit(place.get(), new Accepted(platform, key, laneKey, payload, now));
        return Acceptance.ACCEPTED;
    }
}
