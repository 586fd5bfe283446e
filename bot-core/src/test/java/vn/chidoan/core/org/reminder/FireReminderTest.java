package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.RecordingTriggers;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class FireReminderTest {
    static final UnitId BRANCH = new UnitId("branch-1");
    static final List<ChatRef> MEMBERS = List.of(new ChatRef(Platform.SANDBOX, "an"), new ChatRef(Platform.SANDBOX, "binh"));

    @Parameter
    Database db;

    MutableClock clock;
    RecordingOutbox outbox;
    RecordingKind meetings;
    ReminderKit kit;

    @BeforeEach
    void setUp() {
        clock = new MutableClock(vn("2027-03-01T08:00"));
        outbox = new RecordingOutbox();
        meetings = new RecordingKind("meeting", outbox, clock, MEMBERS);
        kit = new ReminderKit(db.freshTemplate(), clock, ReminderKit.THREE_OFFSETS, meetings);
    }

    Reminder meetingAt(String localDateTime) {
        return Reminder.of("meeting", "m1", BRANCH, new Schedule.OneOff(vn(localDateTime)));
    }

    Due armed(Reminder reminder) {
        return kit.triggers.armed(reminder.id()).orElseThrow();
    }

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
