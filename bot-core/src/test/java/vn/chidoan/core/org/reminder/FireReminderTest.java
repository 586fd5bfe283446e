package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;

/**
 * Firing a reminder: each recipient once, the next occurrence armed, whatever crashes or changes between.
 */
class FireReminderTest extends FiringScenarioTest {
    @Test
    void firingSendsTheOccurrenceToEveryRecipientAndArmsTheNext() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        assertThat(armed(meeting).fireAt()).isEqualTo(vn("2027-03-07T19:00"));

        clock.set(vn("2027-03-07T19:00"));
        kit.fireArmed(meeting.id());

        Occurrence threeDaysBefore = new Occurrence(vn("2027-03-07T19:00"), vn("2027-03-10T19:00"));
        assertThat(meetings.firings()).extracting(RecordingKind.Firing::occurrence).containsExactly(threeDaysBefore);
        assertThat(outbox.keys()).containsExactly("reminder:meeting:m1:2027-03-07T12:00:00Z:sandbox:an",
                "reminder:meeting:m1:2027-03-07T12:00:00Z:sandbox:binh");
        assertThat(kit.reminders.outcome(meeting.id(), threeDaysBefore.at())).hasValueSatisfying(
                outcome -> assertThat(outcome.status()).isEqualTo(Status.SENT));
        assertThat(armed(meeting).occurrence().at()).isEqualTo(vn("2027-03-09T19:00"));
    }

    @Test
    void anOccurrenceFiredTwiceIsSentOnce() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence first = armed(meeting).occurrence();
        clock.set(first.at());

        kit.fire.fire(meeting.id(), first);
        kit.fire.fire(meeting.id(), first);

        assertThat(meetings.firings()).hasSize(1);
        assertThat(outbox.attempts()).hasSize(2);
    }

    @Test
    void aDeletedReminderFiresNothingAndIsDisarmed() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence first = armed(meeting).occurrence();
        kit.reminders.delete(meeting.id());
        clock.set(first.at());

        kit.fire.fire(meeting.id(), first);

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.triggers.armed(meeting.id())).isEmpty();
    }

    @Test
    void aTriggerLeftFromBeforeAChangeFiresNothingAndArmsTheNewSchedule() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence old = armed(meeting).occurrence();
        kit.reminders.save(meetingAt("2027-03-20T19:00"));
        clock.set(old.at());

        kit.fire.fire(meeting.id(), old);

        assertThat(meetings.firings()).isEmpty();
        assertThat(armed(meeting).occurrence().event()).isEqualTo(vn("2027-03-20T19:00"));
    }

    @Test
    void aFiringInterruptedHalfWayIsFinishedOnceAfterItsLeaseRunsOut() {
        Reminder meeting = meetingAt("2027-03-10T19:00");
        kit.schedule(meeting);
        Occurrence first = armed(meeting).occurrence();
        clock.set(first.at());
        meetings.failOnceAfter(1);

        kit.fire.fire(meeting.id(), first);
        assertThat(outbox.keys()).hasSize(1);
        assertThat(kit.reminders.outcome(meeting.id(), first.at()))
                .hasValueSatisfying(outcome -> assertThat(outcome.status()).isEqualTo(Status.CLAIMED));
        assertThat(kit.fire.resumeInterrupted()).isZero();

        clock.advance(RemindersProperties.defaults().claimLease().plusSeconds(1));
        assertThat(kit.fire.resumeInterrupted()).isEqualTo(1);

        assertThat(outbox.keys()).hasSize(2).doesNotHaveDuplicates();
        assertThat(kit.reminders.outcome(meeting.id(), first.at()))
                .hasValueSatisfying(outcome -> assertThat(outcome.status()).isEqualTo(Status.SENT));
        assertThat(kit.fire.resumeInterrupted()).isZero();
    }

    @Test
    void aReminderOfAKindNoFeatureHandlesIsSkipped() {
        Reminder fee = Reminder.of("fee", "2027-03", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")));
        kit.schedule(fee);
        Occurrence first = armed(fee).occurrence();
        clock.set(first.at());

        kit.fire.fire(fee.id(), first);

        assertThat(kit.reminders.outcome(fee.id(), first.at()))
                .hasValueSatisfying(outcome -> assertThat(outcome.reason()).isEqualTo(SkipReason.UNKNOWN_KIND));
    }

    @Test
    void aMonthlyReminderOnThe31stFiresOnTheLastDayOfShortMonthsAndGoesOn() {
        Reminder monthly = new Reminder("meeting", "monthly", BRANCH, new Schedule.Monthly(31, LocalTime.of(9, 0)),
                List.of(Duration.ZERO));
        clock.set(vn("2027-04-01T00:00"));
        kit.schedule(monthly);
        clock.set(armed(monthly).fireAt());

        kit.fireArmed(monthly.id());

        assertThat(meetings.firings()).extracting(f -> f.occurrence().at()).containsExactly(vn("2027-04-30T09:00"));
        assertThat(armed(monthly).fireAt()).isEqualTo(vn("2027-05-31T09:00"));
    }
}
