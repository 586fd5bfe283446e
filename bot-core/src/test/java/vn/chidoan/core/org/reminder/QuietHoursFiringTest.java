package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;

/**
 * Quiet hours at the moment of firing: the delivery put off until they end under its planned identity, or
 * skipped when the event passes meanwhile.
 */
class QuietHoursFiringTest extends FiringScenarioTest {
    @Test
    void aReminderDueInQuietHoursIsDeliveredWhenTheyEndUnderItsPlannedIdentity() {
        Reminder meeting = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-11T09:00")),
                List.of(Duration.ofHours(10)));
        kit.schedule(meeting);
        assertThat(armed(meeting)).isEqualTo(new Due(
                new Occurrence(vn("2027-03-10T23:00"), vn("2027-03-11T09:00")), vn("2027-03-11T07:00")));

        clock.set(vn("2027-03-11T07:00"));
        kit.fireArmed(meeting.id());

        assertThat(meetings.firings()).extracting(RecordingKind.Firing::firedAt).containsExactly(vn("2027-03-11T07:00"));
        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-10T23:00"))).isPresent();
    }

    @Test
    void aReminderWhoseEventPassesDuringQuietHoursIsSkipped() {
        Reminder early = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-11T06:00")),
                List.of(Duration.ofHours(2)));
        kit.schedule(early);
        clock.set(armed(early).fireAt());

        kit.fireArmed(early.id());

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.reminders.outcome(early.id(), vn("2027-03-11T04:00")))
                .hasValueSatisfying(outcome -> assertThat(outcome.reason()).isEqualTo(SkipReason.QUIET_HOURS));
    }

    @Test
    void firingInsideQuietHoursPutsTheDeliveryOffUntilTheyEnd() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence dayBefore = new Occurrence(vn("2027-03-09T19:00"), vn("2027-03-10T19:00"));
        clock.set(vn("2027-03-09T23:10"));

        kit.fire.fire(meeting.id(), dayBefore);

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.reminders.outcome(meeting.id(), dayBefore.at())).isEmpty();
        assertThat(armed(meeting)).isEqualTo(new Due(dayBefore, vn("2027-03-10T07:00")));
    }
}
