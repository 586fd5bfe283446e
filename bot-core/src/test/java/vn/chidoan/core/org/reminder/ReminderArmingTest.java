package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.FiringScenarioTest.BRANCH;
import static vn.chidoan.core.org.reminder.FiringScenarioTest.MEMBERS;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class ReminderArmingTest {

    @Parameter
    Database db;

    MongoTemplate mongo;
    MutableClock clock;
    RecordingKind meetings;
    ReminderKit kit;
    final Reminder meeting = Reminder.of("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")));

    @BeforeEach
    void setUp() {
        mongo = db.freshTemplate();
        clock = new MutableClock(vn("2027-03-01T08:00"));
        meetings = new RecordingKind("meeting", new RecordingOutbox(), clock, MEMBERS);
        kit = new ReminderKit(mongo, clock, ReminderKit.THREE_OFFSETS, meetings);
    }

    /** The same database seen by a freshly started instance. */
    ReminderKit restarted() {
        return new ReminderKit(mongo, clock, ReminderKit.THREE_OFFSETS, meetings);
    }

    @Test
    void startArmsEveryStoredReminderAtItsNextOccurrence() {
        Reminder monthly = new Reminder("meeting", "monthly", BRANCH, Schedule.Monthly.lastDay(LocalTime.of(19, 0)),
                List.of(Duration.ZERO));
        kit.reminders.save(meeting);
        kit.reminders.save(monthly);

        ReminderKit started = restarted();
        ReminderArming.Rebuilt rebuilt = started.arming.start();
        assertThat(rebuilt.reminders()).isEqualTo(2);
        assertThat(rebuilt.missed()).isZero();

        assertThat(started.triggers.all()).containsOnlyKeys(meeting.id(), monthly.id());
        assertThat(started.triggers.armed(meeting.id()).orElseThrow().fireAt()).isEqualTo(vn("2027-03-07T19:00"));
        assertThat(started.triggers.armed(monthly.id()).orElseThrow().fireAt()).isEqualTo(vn("2027-03-31T19:00"));
    }

    @Test
    void aMissedOccurrenceStillUsefulIsSentOnceAtStartAndEarlierOnesAreSuperseded() {
        kit.reminders.save(meeting);
        clock.set(vn("2027-03-10T18:00"));

        ReminderKit started = restarted();
        assertThat(started.arming.start().missed()).isEqualTo(1);
        Due due = started.triggers.armed(meeting.id()).orElseThrow();
        assertThat(due).isEqualTo(new Due(new Occurrence(vn("2027-03-10T17:00"), vn("2027-03-10T19:00")),
                vn("2027-03-10T18:00")));
        started.fireArmed(meeting.id());
        restarted().arming.start();

        assertThat(meetings.firings()).extracting(f -> f.occurrence().at()).containsExactly(vn("2027-03-10T17:00"));
        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-07T19:00")))
                .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo(SkipReason.SUPERSEDED));
        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-09T19:00")))
                .hasValueSatisfying(o -> assertThat(o.reason()).isEqualTo(SkipReason.SUPERSEDED));
    }

    @Test
    void aMissedOccurrenceNoLongerUsefulIsSkippedAtStart() {
        kit.reminders.save(meeting);
        clock.set(vn("2027-03-11T08:00"));

        ReminderKit started = restarted();
        started.arming.start();
        started.fireArmed(meeting.id());

        assertThat(meetings.firings()).isEmpty();
        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-10T17:00"))).hasValueSatisfying(o -> {
            assertThat(o.status()).isEqualTo(Status.SKIPPED);
            assertThat(o.reason()).isEqualTo(SkipReason.STALE);
        });
        assertThat(started.triggers.all()).isEmpty();
    }

    @Test
    void aSweepArmsRemindersSavedByAnotherInstance() {
        ReminderKit other = restarted();
        other.arming.start();
        clock.advance(Duration.ofSeconds(30));

        kit.schedule(meeting);
        assertThat(other.triggers.armed(meeting.id())).isEmpty();
        other.arming.sweep();

        assertThat(other.triggers.armed(meeting.id())).isEqualTo(kit.triggers.armed(meeting.id()));
    }

    @Test
    void offsetsChangedOnAnotherInstanceApplyToFiringsHereAfterTheNextSweep() {
        ReminderKit other = restarted();
        kit.reminders.save(meeting);
        other.reminders.changeOffsets(BRANCH, "meeting", List.of(Duration.ofHours(5)));
        Occurrence fiveHoursBefore = new Occurrence(vn("2027-03-10T14:00"), vn("2027-03-10T19:00"));
        clock.set(fiveHoursBefore.at());

        kit.arming.sweep();
        kit.fire.fire(meeting.id(), fiveHoursBefore);

        assertThat(meetings.firings()).extracting(RecordingKind.Firing::occurrence).containsExactly(fiveHoursBefore);
    }

    @Test
    void aSweepFinishesFiringsInterruptedOnAnotherInstance() {
        kit.schedule(meeting);
        clock.set(vn("2027-03-07T19:00"));
        meetings.failOnceAfter(0);
        kit.fireArmed(meeting.id());
        ReminderKit other = restarted();
        other.arming.start();

        clock.advance(Duration.ofMinutes(5));
        other.arming.sweep();

        assertThat(meetings.firings()).hasSize(2);
        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-07T19:00")))
                .hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(Status.SENT));
    }

    @Test
    void aSweepForgetsOccurrencesDecidedLongAgo() {
        kit.schedule(meeting);
        clock.set(vn("2027-03-07T19:00"));
        kit.fireArmed(meeting.id());

        clock.advance(RemindersProperties.defaults().retention().plusDays(1));
        kit.arming.sweep();

        assertThat(kit.reminders.outcome(meeting.id(), vn("2027-03-07T19:00"))).isEmpty();
    }

    @Test
    void changingABranchsOffsetsRearmsItsRemindersWithTheNewOffsets() {
        kit.schedule(meeting);
        kit.events.clear();

        kit.reminders.changeOffsets(BRANCH, "meeting", List.of(Duration.ofHours(5)));

        assertThat(kit.events).containsExactly(new ReminderEvents.ReminderScheduled(meeting.id()));
        kit.arming.rearm(meeting.id());
        assertThat(kit.triggers.armed(meeting.id()).orElseThrow().fireAt()).isEqualTo(vn("2027-03-10T14:00"));
    }
}
