package vn.chidoan.core.org.reminder;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The reminders service over a database with default settings, for features' tests in other packages. */
public final class RemindersForTests {
    private RemindersForTests() {
    }

    public static Reminders over(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        RemindersProperties properties = RemindersProperties.defaults();
        return new Reminders(new ReminderStore(mongo), new ReminderSettingsStore(mongo, properties),
                new OccurrenceClaims(mongo), events, clock);
    }
}
