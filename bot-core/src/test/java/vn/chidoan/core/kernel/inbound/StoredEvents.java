package vn.chidoan.core.kernel.inbound;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.pipeline.InboundHandler;

/**
 * The real inbound side (gateway, lanes, attempts with their default settings: three tries, 200 ms
 * apart) wired by hand around a handler, for a feature's test whose event must take the path a
 * platform's event takes: stored, handled on its chat's lane, tried again when an attempt fails, kept
 * as FAILED with its reason after the last. An accepted event is stored under its key with the key as
 * its payload, which decodes back to the event.
 */
public final class StoredEvents implements AutoCloseable {
    private final MongoTemplate mongo;
    private final InboundLanes lanes;
    private final MongoInboundGateway gateway;
    private final Map<String, Inbound> events = new ConcurrentHashMap<>();

    public StoredEvents(MongoTemplate mongo, Clock clock, InboundHandler handler) {
        this.mongo = mongo;
        InboundProperties settings = InboundProperties.defaults();
        InboundStore store = new InboundStore(mongo);
        InboundMetrics metrics = new InboundMetrics(new SimpleMeterRegistry());
        InboundDecoder decoder = new InboundDecoder() {
            @Override
            public Platform platform() {
                return Platform.TELEGRAM;
            }

            @Override
            public List<Inbound> decode(String payload) {
                return List.of(events.get(payload));
            }
        };
        InboundProcessor processor = new InboundProcessor(store, List.of(decoder), handler, metrics, clock, settings);
        this.lanes = new InboundLanes(processor, store, clock, settings);
        this.gateway = new MongoInboundGateway(store, lanes, metrics, clock, Durability.NONE);
        lanes.startWorkers();
    }

    /** Stores a Telegram event under {@code key} on its chat's lane, to be handled there. */
    public void accept(String key, Inbound event) {
        events.put(key, event);
        if (gateway.accept(Platform.TELEGRAM, key, event.chat().key(), key) != InboundGateway.Acceptance.ACCEPTED) {
            throw new IllegalStateException("not accepted: " + key);
        }
    }

    /** PENDING, PROCESSING, DONE or FAILED. */
    public String status(String key) {
        return stored(key).getString(InboundStore.STATUS);
    }

    /** Why the last failed attempt failed (null if none did). */
    public String lastError(String key) {
        return stored(key).getString(InboundStore.LAST_ERROR);
    }

    public int attempts(String key) {
        return stored(key).getInteger(InboundStore.ATTEMPTS, 0);
    }

    private Document stored(String key) {
        return mongo.findById(key, Document.class, InboundStore.COLLECTION);
    }

    @Override
    public void close() {
        lanes.stop();
    }
}
