package vn.chidoan.core.org.reminder;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingTriggers;

/**
 * The reminder service as the component scan of its package makes it, over one database, with the
 * given kinds (standing in for the features' own, which share their names), recording triggers and
 * the events it published. A second kit on the same database is the same data seen by an instance that
 * started after the first.
 */
class ReminderKit {
    /**
     * Defaults but for the {@code meeting} kind, which these tests read as a kind with three offsets
     * (3 days, 1 day, 2 hours), whatever the product's meeting default.
     */
    static final Map<String, Object> THREE_OFFSETS = Map.of("chidoan.reminders.kinds.meeting.offsets", "3d,1d,2h");

    final RecordingTriggers triggers = new RecordingTriggers();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final Reminders reminders;
    final FireReminder fire;
    final ReminderArming arming;

    /** What the kit's context scans; deliberately not a {@code @Configuration} (see CoreTestBeans). */
    @ComponentScan(basePackageClasses = Reminders.class)
    static class Scan {
    }

    ReminderKit(MongoTemplate mongo, MutableClock clock, ReminderKind... kinds) {
        this(mongo, clock, Map.of(), kinds);
    }

    ReminderKit(MongoTemplate mongo, MutableClock clock, Map<String, Object> properties, ReminderKind... kinds) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kit", properties));
        context.registerBean("mongoTemplate", MongoTemplate.class, () -> mongo);
        context.registerBean("clock", Clock.class, () -> clock);
        context.registerBean(Texts.class);
        context.registerBean(RecordingTriggers.class, () -> triggers);
        context.registerBean(Branches.class, () -> unit -> true); // the package alone: its units are ids
        for (ReminderKind kind : kinds) {
            context.registerBean(kind.kind() + "Kind", ReminderKind.class, () -> kind);
        }
        context.addApplicationListener(event -> {
            if (event instanceof PayloadApplicationEvent<?> payload) {
                events.add(payload.getPayload());
            }
        });
        context.register(Scan.class);
        context.refresh();
        reminders = context.getBean(Reminders.class);
        fire = context.getBean(FireReminder.class);
        arming = context.getBean(ReminderArming.class);
    }

    /** Saves a reminder and arms it, as the scheduler does on the event. */
    void schedule(Reminder reminder) {
        reminders.save(reminder);
        arming.rearm(reminder.id());
    }

    /** Fires whatever is armed for the reminder, as Quartz would at its time. */
    void fireArmed(ReminderId id) {
        Due due = triggers.armed(id).orElseThrow(() -> new AssertionError("nothing armed for " + id));
        fire.fire(id, due.occurrence());
    }
}
