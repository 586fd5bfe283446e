package vn.chidoan.core.kernel.inbound;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.kernel.pipeline.InboundHandler;
import vn.chidoan.core.testing.MutableClock;

/**
 * One app instance's inbound side wired by hand on a database: a Telegram decoder that reads
 * {@code chat|text|text...} (one message per text, and throws on anything else), and a handler that records what it got and
 * checks that no lane ever runs two events at once.
 */
final class InboundFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2026-03-26T01:00:00Z");
    static final InboundProperties FAST = new InboundProperties(3, 3, null, null, null, Duration.ZERO, null, null, 2, 0, 0);

    record Handled(String eventKey, Inbound event) {
        String chat() {
            return event.chat().id();
        }

        String text() {
            return ((Inbound.MessageReceived) event).text();
        }
    }

    final MongoTemplate mongo;
    final MutableClock clock;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Handled> handled = java.util.Collections.synchronizedList(new ArrayList<>());
    final Map<String, AtomicInteger> busyChats = new ConcurrentHashMap<>();
    final AtomicInteger overlaps = new AtomicInteger();
    final InboundStore store;
    final InboundLanes lanes;
    final MongoInboundGateway gateway;
    private volatile Consumer<Handled> behaviour = h -> { };

    InboundFixture(MongoTemplate mongo, MutableClock clock, InboundProperties settings) {
        this(mongo, clock, settings, new InboundStore(mongo));
    }

    /** An instance on {@code store} (one that fails some writes, say). */
    InboundFixture(MongoTemplate mongo, MutableClock clock, InboundProperties settings, InboundStore store) {
        this(mongo, clock, settings, store, null);
    }

    /** An instance whose acknowledgements wait for {@code journal} (the embedded database's way). */
    InboundFixture(MongoTemplate mongo, MutableClock clock, InboundProperties settings, InboundStore store,
            Journal journal) {
        this.mongo = mongo;
        this.clock = clock;
        this.store = store;
        InboundMetrics metrics = new InboundMetrics(meters);
        InboundHandler handler = this::record;
        InboundProcessor processor = new InboundProcessor(store, List.of(new TextDecoder()), handler, metrics, clock,
                settings);
        this.lanes = new InboundLanes(processor, store, clock, settings);
        this.gateway = new MongoInboundGateway(store, lanes, metrics, clock, Durability.NONE, journal);
    }

    /** What the handler does besides recording (throw, block). */
    InboundFixture behaving(Consumer<Handled> what) {
        this.behaviour = what;
        return this;
    }

    InboundGateway.Acceptance accept(String key, String chat, String... texts) {
        return gateway.accept(Platform.TELEGRAM, key, "telegram:" + chat, chat + "|" + String.join("|", texts));
    }

    private void record(String eventKey, Inbound event) {
        Handled got = new Handled(eventKey, event);
        AtomicInteger busy = busyChats.computeIfAbsent(got.chat(), c -> new AtomicInteger());
        if (busy.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
        try {
            handled.add(got);
            behaviour.accept(got);
        } finally {
            busy.decrementAndGet();
        }
    }

    List<Handled> handled() {
        synchronized (handled) {
            return List.copyOf(handled);
        }
    }

    Document raw(String key) {
        return mongo.findById(key, Document.class, InboundStore.COLLECTION);
    }

    String status(String key) {
        return raw(key).getString(InboundStore.STATUS);
    }

    double count(String name, String outcome) {
        var counter = meters.find(name).tags("platform", "telegram", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        lanes.stop();
    }

    static final class TextDecoder implements InboundDecoder {
        @Override
        public Platform platform() {
            return Platform.TELEGRAM;
        }

        @Override
        public List<Inbound> decode(String payload) {
            if (!payload.contains("|")) {
                throw new IllegalArgumentException("not chat|text: " + payload);
            }
            String[] parts = payload.split("\\|");
            ChatRef chat = new ChatRef(Platform.TELEGRAM, parts[0]);
            Speaker speaker = new Speaker(new UserRef(Platform.TELEGRAM, "7"), "An", null, "vi");
            return Arrays.stream(parts).skip(1).<Inbound>map(text -> new Inbound.MessageReceived(chat, ChatKind.GROUP,
                    speaker, text, null, "1", false, null, null)).toList();
        }
    }
}
