package vn.chidoan.scheduler;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.kernel.text.Texts;

/**
 * One app instance as far as reminders go: a Spring context with Boot's Quartz auto-configuration
 * (RAM job store), the core reminder feature and this module, over a given database and clock.
 * Closing it is the app stopping; several may run at once on one database.
 */
final class SchedulerNode implements AutoCloseable {
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Configuration
    @ComponentScan(basePackageClasses = Reminders.class)
    @Import({QuartzReminderTriggers.class, ReminderStartup.class, ReminderChanges.class, QuartzSetup.class})
    @ImportAutoConfiguration(QuartzAutoConfiguration.class)
    static class Wiring {
    }

    private final AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();

    SchedulerNode(MongoTemplate mongo, Clock clock, Outbox outbox, ReminderKind kind, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(Map.of("spring.quartz.scheduler-name", "node-" + NAMES.incrementAndGet(),
                "spring.quartz.properties.org.quartz.threadPool.threadCount", "4"));
        all.putAll(properties);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", all));
        context.registerBean(MongoTemplate.class, () -> mongo);
        context.registerBean(Clock.class, () -> clock);
        context.registerBean(Outbox.class, () -> outbox);
        context.registerBean(Texts.class, Texts::new);
        context.registerBean("recordingKind", ReminderKind.class, () -> kind);
        context.registerBean(Branches.class, () -> unit -> true); // no unit tree here: reminders name units by id
        context.register(Wiring.class);
        context.refresh();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Reminders reminders() {
        return bean(Reminders.class);
    }

    Scheduler quartz() {
        return bean(Scheduler.class);
    }

    Set<TriggerKey> reminderTriggers() {
        try {
            return quartz().getTriggerKeys(GroupMatcher.triggerGroupEquals(QuartzReminderTriggers.GROUP));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
