package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;

/**
 * A firing that comes late: skipped as stale once its occurrence is no longer useful, but sent when on
 * time at the event itself.
 */
class LateFiringTest extends FiringScenarioTest {
    @Test
    void anOccurrenceNoLongerUsefulIsSkippedNotSent() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence first = armed(meeting).occurrence();
        clock.set(vn("2027-03-10T19:01"));

        kit.fire.fire(meeting.id(), first);

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.reminders.outcome(meeting.id(), first.at())).hasValueSatisfying(outcome -> {
            assertThat(outcome.status()).isEqualTo(Status.SKIPPED);
            assertThat(outcome.reason()).isEqualTo(SkipReason.STALE);
        });
    }

    @Test
    void aReminderAtTheEventTimeFiredOnTimeIsSentThoughTheEventHasBegun() {
        Reminder atStart = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")),
                List.of(Duration.ZERO));
        kit.schedule(atStart);
        clock.set(vn("2027-03-10T19:00:00.250"));

        kit.fireArmed(atStart.id());

        assertThat(meetings.firings()).hasSize(1);
    }

    @Test
    void aReminderAtTheEventTimeMissedWhileDownIsStale() {
        Reminder atStart = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")),
                List.of(Duration.ZERO));
        kit.schedule(atStart);
        clock.set(vn("2027-03-10T19:02"));

        kit.fireArmed(atStart.id());

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.reminders.outcome(atStart.id(), vn("2027-03-10T19:00")))
                .hasValueSatisfying(outcome -> assertThat(outcome.reason()).isEqualTo(SkipReason.STALE));
    }
}
