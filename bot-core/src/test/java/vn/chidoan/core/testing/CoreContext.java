package vn.chidoan.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The core's real Spring context on a test database ({@link CoreTestBeans}): every service, command,
 * button and listener made by the component scan, as in the app, with a {@link MutableClock} at
 * {@link #START} and a {@link RecordingOutbox}. The admin is {@code telegram:1}.
 *
 * <p>{@link #on(Database, TestParts)} makes one context per database and set of a test's own parts for
 * the whole run, and empties it for each test that asks (every collection's documents, the clock, the
 * recordings), so a test pays for a few deletes, not for a context. Parts that cannot be compared give
 * the test a context of its own.
 */
final class CoreContext implements AutoCloseable {
    static final String CORE = "vn.chidoan.core";
    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    static final String ADMIN = "telegram:1";

    private static final Map<List<Object>, CoreContext> MADE = new ConcurrentHashMap<>();
    private static CoreContext lastOwn;

    private final AnnotationConfigApplicationContext context;
    private final MutableClock clock = new MutableClock(START);
    private final List<TestParts.StandIn> standIns;

    private CoreContext(MongoTemplate mongo, TestParts parts) {
        context = new AnnotationConfigApplicationContext();
        try {
            context.setId("chidoan-test-core");
            Map<String, Object> properties = new HashMap<>(parts.properties());
            properties.putIfAbsent("chidoan.bootstrap.admins", ADMIN);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
            context.registerBean("mongoTemplate", MongoTemplate.class, () -> mongo);
            context.registerBean("clock", MutableClock.class, () -> clock);
            context.register(CoreTestBeans.class);
            standIns = parts.registerOn(context);
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** The context for {@code parts} on {@code db}, made once and emptied for the test that asks. */
    static CoreContext on(Database db, TestParts parts) {
        if (!parts.reusable()) {
            return own(db.freshTemplate(), parts);
        }
        List<Object> key = new ArrayList<>(List.of(db));
        key.addAll(parts.key());
        CoreContext core = MADE.computeIfAbsent(key, k -> new CoreContext(db.freshTemplate(), parts));
        core.reset();
        parts.pointAt(core.standIns);
        return core;
    }

    /**
     * A context of its own on {@code mongo}. The previous one made here is closed: a test holds one at
     * a time.
     */
    static synchronized CoreContext own(MongoTemplate mongo, TestParts parts) {
        if (lastOwn != null) {
            lastOwn.close();
        }
        lastOwn = new CoreContext(mongo, parts);
        return lastOwn;
    }

    /** Empties the database (keeping its indexes), sets the clock back to {@link #START}, forgets the recordings. */
    void reset() {
        MongoTemplate mongo = mongo();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        clock.set(START);
        outbox().clear();
        texts().clear();
        events().clear();
        bean(RecordingTriggers.class).clear();
    }

    /** The one bean of this type, as the core's own classes would have it injected. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of this type, in the order a {@code List<T>} of them is injected. */
    <T> List<T> beans(Class<T> type) {
        return context.getBeanProvider(type).orderedStream().toList();
    }

    MongoTemplate mongo() {
        return bean(MongoTemplate.class);
    }

    MutableClock clock() {
        return clock;
    }

    RecordingOutbox outbox() {
        return bean(RecordingOutbox.class);
    }

    RecordingTexts texts() {
        return bean(RecordingTexts.class);
    }

    PublishedEvents events() {
        return bean(PublishedEvents.class);
    }

    void publish(Object event) {
        context.publishEvent(event);
    }

    @Override
    public void close() {
        context.close();
    }
}
