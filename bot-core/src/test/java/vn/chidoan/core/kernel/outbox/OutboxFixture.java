package vn.chidoan.core.kernel.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.outbox.chats.ChatStates;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;
import vn.chidoan.core.kernel.outbox.dispatch.DeliveryJournal;
import vn.chidoan.core.kernel.outbox.dispatch.OutboxDispatcher;
import vn.chidoan.core.kernel.outbox.dispatch.OutboxMetrics;

/** The outbox wired by hand on one database, as Spring wires it, with a fake platform per sender. */
public final class OutboxFixture {
    public static final Instant START = Instant.parse("2026-03-26T01:00:00Z");

    public final MongoTemplate mongo;
    public final MutableClock clock;
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    public final OutboxStore store;
    public final OutboxSignal signal = new OutboxSignal();
    public final ChatWindows windows;
    public final OutboxChats chats;
    public final MongoOutbox outbox;
    public final OutboxDispatcher dispatcher;

    public OutboxFixture(MongoTemplate mongo, MutableClock clock, OutboxProperties settings, List<AlternateRoutes> routes,
            PlatformSender... senders) {
        this(new OutboxStore(mongo), clock, settings, routes, null, senders);
    }

    /**
     * On {@code store} (one that fails as a test needs), recording deliveries through {@code journal}
     * when there is one, as the app does on the embedded database.
     */
    public OutboxFixture(OutboxStore store, MutableClock clock, DeliveryJournal journal, PlatformSender... senders) {
        this(store, clock, OutboxProperties.defaults(), List.of(), journal, senders);
    }

    private OutboxFixture(OutboxStore store, MutableClock clock, OutboxProperties settings,
            List<AlternateRoutes> routes, DeliveryJournal journal, PlatformSender... senders) {
        this(store, clock, clock, settings, routes, journal, senders);
    }

    /** On the wall clock, for a running dispatcher whose pace is timed for real; {@link #clock} is null. */
    public static OutboxFixture onTheWallClock(OutboxStore store, PlatformSender... senders) {
        return new OutboxFixture(store, Clock.systemUTC(), null, OutboxProperties.defaults(), List.of(), null, senders);
    }

    private OutboxFixture(OutboxStore store, Clock wiring, MutableClock clock, OutboxProperties settings,
            List<AlternateRoutes> routes, DeliveryJournal journal, PlatformSender... senders) {
        this.mongo = store.template();
        this.clock = clock;
        this.store = store;
        ChatStates states = new ChatStates(mongo);
        this.windows = new ChatWindows(mongo, states, routes);
        this.chats = new OutboxChats(store, states, windows, signal, new Texts(), wiring);
        this.outbox = new MongoOutbox(store, states, signal, wiring);
        this.dispatcher = new OutboxDispatcher(List.of(senders), store, chats, windows, signal,
                new OutboxMetrics(meters), events::add, wiring, settings, Durability.NONE, journal);
    }

    public OutboxFixture(MongoTemplate mongo, MutableClock clock, OutboxProperties settings, PlatformSender... senders) {
        this(mongo, clock, settings, List.of(), senders);
    }

    public OutboxFixture(MongoTemplate mongo, PlatformSender... senders) {
        this(mongo, new MutableClock(START), OutboxProperties.defaults(), senders);
    }

    public static OutboxProperties maxAttempts(int attempts) {
        return new OutboxProperties(attempts, null, null, null, 0, null, null, 0);
    }

    public static OutboxProperties scanLimit(int limit) {
        return new OutboxProperties(0, null, null, null, limit, null, null, 0);
    }

    public static ChatRef telegram(String id) {
        return new ChatRef(Platform.TELEGRAM, id);
    }

    public static OutgoingMessage text(String text) {
        return OutgoingMessage.text(RichText.plain(text));
    }

    public int dispatch() {
        return dispatcher.dispatchDue(Platform.TELEGRAM);
    }

    /** Passes until one sends nothing: everything due now has been tried. */
    public int dispatchAll() {
        int total = 0;
        for (int sent = dispatch(); sent > 0; sent = dispatch()) {
            total += sent;
        }
        return total;
    }

    public Document raw(String key) {
        return mongo.findById(key, Document.class, OutboxStore.COLLECTION);
    }

    public OutboxStatus status(String key) {
        return chats.status(key).orElseThrow();
    }

    public double sends(String outcome) {
        var counter = meters.find(OutboxMetrics.SENDS).tags("platform", "telegram", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
