package vn.chidoan.core.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.OutgoingMessage;
import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.RichText;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.text.Texts;

/** The outbox wired by hand on one database, as Spring wires it, with a fake platform per sender. */
final class OutboxFixture {
    static final Instant START = Instant.parse("2026-03-26T01:00:00Z");

    final MongoTemplate mongo;
    final MutableClock clock;
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    final OutboxStore store;
    final OutboxSignal signal = new OutboxSignal();
    final ChatWindows windows;
    final OutboxChats chats;
    final MongoOutbox outbox;
    final OutboxDispatcher dispatcher;

    OutboxFixture(MongoTemplate mongo, MutableClock clock, OutboxProperties settings, List<AlternateRoutes> routes,
            PlatformSender... senders) {
        this.mongo = mongo;
        this.clock = clock;
        this.store = new OutboxStore(mongo);
        ChatStates states = new ChatStates(mongo);
        this.windows = new ChatWindows(mongo, states, routes);
        this.chats = new OutboxChats(store, states, windows, signal, new Texts(), clock);
        this.outbox = new MongoOutbox(store, chats, signal, clock);
        this.dispatcher = new OutboxDispatcher(List.of(senders), store, chats, windows, signal,
                new OutboxMetrics(meters), events::add, clock, settings);
    }

    OutboxFixture(MongoTemplate mongo, MutableClock clock, OutboxProperties settings, PlatformSender... senders) {
        this(mongo, clock, settings, List.of(), senders);
    }

    OutboxFixture(MongoTemplate mongo, PlatformSender... senders) {
        this(mongo, new MutableClock(START), OutboxProperties.defaults(), senders);
    }

    static OutboxProperties maxAttempts(int attempts) {
        return new OutboxProperties(attempts, null, null, null, 0, null, null, 0);
    }

    static OutboxProperties scanLimit(int limit) {
        return new OutboxProperties(0, null, null, null, limit, null, null, 0);
    }

    static ChatRef telegram(String id) {
        return new ChatRef(Platform.TELEGRAM, id);
    }

    static OutgoingMessage text(String text) {
        return OutgoingMessage.text(RichText.plain(text));
    }

    int dispatch() {
        return dispatcher.dispatchDue(Platform.TELEGRAM);
    }

    /** Passes until one sends nothing: everything due now has been tried. */
    int dispatchAll() {
        int total = 0;
        for (int sent = dispatch(); sent > 0; sent = dispatch()) {
            total += sent;
        }
        return total;
    }

    Document raw(String key) {
        return mongo.findById(key, Document.class, OutboxStore.COLLECTION);
    }

    OutboxStatus status(String key) {
        return chats.status(key).orElseThrow();
    }

    double sends(String outcome) {
        var counter = meters.find(OutboxMetrics.SENDS).tags("platform", "telegram", "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }
}
