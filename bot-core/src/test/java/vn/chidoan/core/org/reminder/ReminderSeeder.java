package vn.chidoan.core.org.reminder;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Stores many reminders at once, as saved at {@code now}, for benchmarks: one batch insert per call. */
public final class ReminderSeeder {
    private ReminderSeeder() {
    }

    public static void insert(MongoTemplate mongo, List<Reminder> reminders, Instant now) {
        mongo.insert(reminders.stream().map(r -> ReminderStore.encode(r, now, now)).toList(), ReminderStore.COLLECTION);
    }

    /** Gives a branch its own offsets for a kind, as {@code /nhacnho} would (without re-arming anything). */
    public static void customise(MongoTemplate mongo, vn.chidoan.core.kernel.chat.UnitId unit, String kind,
            List<java.time.Duration> offsets) {
        new ReminderSettingsStore(mongo, RemindersProperties.defaults()).setOffsets(unit, kind, offsets);
    }
}
