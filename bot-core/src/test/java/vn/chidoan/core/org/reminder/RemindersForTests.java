package vn.chidoan.core.org.reminder;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Branches;

/** The reminders service over a database with default settings, for features' tests in other packages. */
public final class RemindersForTests {
    /** For tests of reminders alone, whose units are only ids: each counts as a branch. */
    static final Branches EVERY_UNIT_A_BRANCH = unit -> true;

    private RemindersForTests() {
    }

    /** Reminders whose branch settings are written only onto what {@code branches} says is a branch. */
    public static Reminders over(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events,
            Branches branches) {
        RemindersProperties properties = RemindersProperties.defaults();
        return new Reminders(new ReminderStore(mongo), new ReminderSettingsStore(mongo, properties),
                new OccurrenceClaims(mongo), events, clock, branches);
    }
}
