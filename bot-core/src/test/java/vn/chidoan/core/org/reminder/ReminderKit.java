package vn.chidoan.core.org.reminder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.RecordingTriggers;

/** The reminder feature wired by hand over one database, with recording triggers and events. */
class ReminderKit {
    final MongoTemplate mongo;
    final MutableClock clock;
    final RecordingTriggers triggers = new RecordingTriggers();
    final List<Object> events = new CopyOnWriteArrayList<>();
    final ReminderStore store;
    final ReminderSettingsStore settings;
    final OccurrenceClaims claims;
    final Reminders reminders;
    final FireReminder fire;
    final ReminderArming arming;

    ReminderKit(MongoTemplate mongo, MutableClock clock, RemindersProperties properties, ReminderKind... kinds) {
        this.mongo = mongo;
        this.clock = clock;
        ReminderZone zone = new ReminderZone(MutableClock.VIETNAM);
        store = new ReminderStore(mongo);
        settings = new ReminderSettingsStore(mongo, properties);
        claims = new OccurrenceClaims(mongo);
        reminders = new Reminders(store, settings, claims, events::add, clock);
        fire = new FireReminder(store, settings, claims, new ReminderKinds(List.of(kinds)), triggers, properties,
                zone, clock);
        arming = new ReminderArming(store, settings, claims, triggers, fire, properties, zone, clock);
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
