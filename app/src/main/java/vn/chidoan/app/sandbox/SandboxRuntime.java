package vn.chidoan.app.sandbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.Map;
import org.slf4j.MDC;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.database.SandboxDatabase;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.work.WorkerThreads;
import vn.chidoan.sandbox.Persona;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxPlatform;
import vn.chidoan.sandbox.SandboxProperties;

/**
 * The sandbox's own application context: the core, the sandbox platform and the sandbox's database,
 * with no parent, so no bean of the app's (its database above all) can be injected into it. It reads
 * the app's configuration, except that its admin is the sandbox's admin persona. Closing it stops its
 * workers, then closes its database. It starts and stops under the logging context {@code sandbox}
 * ({@link WorkerThreads#CONTEXT}), which its workers keep: every line the sandbox's core logs says so,
 * where the app's core logs the same line without it.
 */
final class SandboxRuntime implements AutoCloseable {
    private static final String ATTACHED_SOURCE = "configurationProperties";
    static final String LOG_CONTEXT = "sandbox";

    private final SandboxDatabase database;
    private final AnnotationConfigApplicationContext context;

    private SandboxRuntime(SandboxDatabase database, AnnotationConfigApplicationContext context) {
        this.database = database;
        this.context = context;
    }

    static SandboxRuntime start(SandboxDatabase database, Clock clock, ConfigurableEnvironment app,
            SandboxProperties properties) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.setId("chidoan-sandbox");
            context.setEnvironment(environment(app));
            context.registerBean("mongoTemplate", MongoTemplate.class, database::template);
            context.registerBean("durability", Durability.class, database::durability);
            context.registerBean("clock", Clock.class, () -> clock);
            context.registerBean("meterRegistry", MeterRegistry.class, SimpleMeterRegistry::new);
            context.registerBean("sandboxProperties", SandboxProperties.class, () -> properties);
            context.register(SandboxCore.class, SandboxScheduler.class, SandboxPlatform.class);
            try (MDC.MDCCloseable logContext = MDC.putCloseable(WorkerThreads.CONTEXT, LOG_CONTEXT)) {
                context.refresh();
            }
            return new SandboxRuntime(database, context);
        } catch (RuntimeException e) {
            closeQuietly(context, database);
            throw e;
        }
    }

    /** The app's property sources in their order, under one that makes the admin persona the admin. */
    static StandardEnvironment environment(ConfigurableEnvironment app) {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.forEach(source -> sources.remove(source.getName()));
        app.getPropertySources().stream().filter(source -> !ATTACHED_SOURCE.equals(source.getName()))
                .forEach(sources::addLast);
        sources.addFirst(new MapPropertySource("sandbox",
                Map.of("chidoan.bootstrap.admins", Persona.ADMIN.key())));
        return environment;
    }

    Sandbox sandbox() {
        return context.getBean(Sandbox.class);
    }

    String databaseDescription() {
        return database.description();
    }

    /** One of the sandbox's own components, for checks from outside its context. */
    <T> T component(Class<T> type) {
        return context.getBean(type);
    }

    /** The sandbox's database, for checks from outside its context. */
    MongoTemplate template() {
        return database.template();
    }

    @Override
    public void close() {
        closeQuietly(context, database);
    }

    private static void closeQuietly(AnnotationConfigApplicationContext context, SandboxDatabase database) {
        try (MDC.MDCCloseable logContext = MDC.putCloseable(WorkerThreads.CONTEXT, LOG_CONTEXT)) {
            context.close();
        } finally {
            database.close();
        }
    }
}
