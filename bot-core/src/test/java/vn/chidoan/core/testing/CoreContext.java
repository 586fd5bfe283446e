package vn.chidoan.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The core's real Spring context on a test database ({@link CoreTestBeans}): every service, command,
 * button and listener made by the component scan, as in the app, with a {@link MutableClock} at
 * {@link #START} and a {@link RecordingOutbox}. The admin is {@code telegram:1}.
 *
 * <p>{@link #shared} keeps one context per {@link Database} for the whole run and empties it for each
 * test (every collection's documents, the clock, the recordings), so a test pays for a few deletes, not
 * for a context. A test that adds beans of its own gets a context of its own ({@link #own}).
 */
public final class CoreContext implements AutoCloseable {
    static final String CORE = "vn.chidoan.core";
    public static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    public static final String ADMIN = "telegram:1";

    private static final Map<Database, CoreContext> SHARED = new ConcurrentHashMap<>();
    private static CoreContext lastOwn;

    private final AnnotationConfigApplicationContext context;
    private final MutableClock clock = new MutableClock(START);

    private CoreContext(MongoTemplate mongo, Map<String, Object> properties, List<Consumer<AnnotationConfigApplicationContext>> parts) {
        context = new AnnotationConfigApplicationContext();
        try {
            context.setId("chidoan-test-core");
            Map<String, Object> all = new HashMap<>(properties);
            all.putIfAbsent("chidoan.bootstrap.admins", ADMIN);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", all));
            context.registerBean("mongoTemplate", MongoTemplate.class, () -> mongo);
            context.registerBean("clock", MutableClock.class, () -> clock);
            context.register(CoreTestBeans.class);
            parts.forEach(part -> part.accept(context));
            context.refresh();
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** The context shared by every test on {@code db}, emptied for the test that asks. */
    public static CoreContext shared(Database db) {
        CoreContext core = SHARED.computeIfAbsent(db, d -> new CoreContext(d.freshTemplate(), Map.of(), List.of()));
        core.reset();
        return core;
    }

    /**
     * A context of its own on {@code mongo}, with {@code properties} and the
     * test's own beans registered by {@code parts}. The previous one made here is closed: a test holds
     * one at a time.
     */
    public static synchronized CoreContext own(MongoTemplate mongo, Map<String, Object> properties,
            List<Consumer<AnnotationConfigApplicationContext>> parts) {
        if (lastOwn != null) {
            lastOwn.close();
        }
        lastOwn = new CoreContext(mongo, properties, new ArrayList<>(parts));
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
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public MongoTemplate mongo() {
        return bean(MongoTemplate.class);
    }

    public MutableClock clock() {
        return clock;
    }

    public RecordingOutbox outbox() {
        return bean(RecordingOutbox.class);
    }

    public RecordingTexts texts() {
        return bean(RecordingTexts.class);
    }

    public PublishedEvents events() {
        return bean(PublishedEvents.class);
    }

    public void publish(Object event) {
        context.publishEvent(event);
    }

    @Override
    public void close() {
        context.close();
    }
}
