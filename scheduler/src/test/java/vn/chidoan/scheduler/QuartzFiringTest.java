package vn.chidoan.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.RecordingKind;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TravellingClock;

/** Quartz really fires: the app's clock is set just before the moment under test. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class QuartzFiringTest {
    static final UnitId BRANCH = new UnitId("branch-1");
    static final List<ChatRef> MEMBERS = List.of(new ChatRef(Platform.SANDBOX, "an"), new ChatRef(Platform.SANDBOX, "binh"));
    static final Duration PATIENCE = Duration.ofSeconds(15);

    @Parameter
    Database db;

    TravellingClock clock;
    RecordingOutbox outbox;
    RecordingKind meetings;
    SchedulerNode node;

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(MutableClock.VIETNAM).toInstant();
    }

    @BeforeEach
    void setUp() {
        clock = new TravellingClock(vn("2027-03-10T08:00"));
        outbox = new RecordingOutbox();
        meetings = new RecordingKind("meeting", outbox, clock, MEMBERS);
    }

    @AfterEach
    void tearDown() {
        if (node != null) {
            node.close();
        }
    }

    void start(Map<String, Object> properties) {
        node = new SchedulerNode(db.freshTemplate(), clock, outbox, meetings, properties);
    }

    /** Sets the app's time a little before {@code moment}, which then comes in real time. */
    void justBefore(Instant moment) {
        clock.travelTo(moment.minusMillis(1500));
    }

    Instant armedOccurrence(ReminderId id) throws SchedulerException {
        Trigger trigger = node.quartz().getTrigger(QuartzReminderTriggers.key(id));
        assertThat(trigger).as("trigger of " + id).isNotNull();
        return QuartzReminderTriggers.occurrence(trigger.getJobDataMap()).at();
    }

    static Reminder atTheEvent(String target, Schedule schedule) {
        return new Reminder("meeting", target, BRANCH, schedule, List.of(Duration.ZERO));
    }

    @Test
    void aOneOffReminderFiresOnceAtItsTimeAndIsThenUnscheduled() {
        start(Map.of());
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(2);
        Reminder once = atTheEvent("once", new Schedule.OneOff(at));
        node.reminders().save(once);

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 1);

        RecordingKind.Firing firing = meetings.firings().get(0);
        assertThat(firing.occurrence().at()).isEqualTo(at);
        assertThat(firing.firedAt()).isBetween(at, at.plusSeconds(2));
        assertThat(outbox.keys()).hasSize(2).allMatch(key -> key.startsWith("reminder:meeting:once:" + at));
        await().atMost(PATIENCE).until(() -> node.reminderTriggers().isEmpty());
    }

    @Test
    void aMonthlyReminderOnThe31stFiresOnThe30thOfA30DayMonthAndIsReArmedForTheNext31st() throws Exception {
        start(Map.of());
        Reminder monthly = atTheEvent("monthly", new Schedule.Monthly(31, LocalTime.of(9, 0)));
        justBefore(vn("2027-04-30T09:00"));
        node.reminders().save(monthly);

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 1);

        assertThat(meetings.firings().get(0).occurrence().at()).isEqualTo(vn("2027-04-30T09:00"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(armedOccurrence(monthly.id()))
                .isEqualTo(vn("2027-05-31T09:00")));
    }

    @Test
    void aLastDayOfMonthReminderFiresOnTheLastDayOfFebruary() throws Exception {
        start(Map.of());
        Reminder endOfMonth = atTheEvent("end-of-month", Schedule.Monthly.lastDay(LocalTime.of(18, 0)));
        justBefore(vn("2027-02-28T18:00"));
        node.reminders().save(endOfMonth);

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 1);

        assertThat(meetings.firings().get(0).occurrence().at()).isEqualTo(vn("2027-02-28T18:00"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(armedOccurrence(endOfMonth.id()))
                .isEqualTo(vn("2027-03-31T18:00")));
    }

    @Test
    void eachOffsetBeforeTheEventFiresOnceInOrder() {
        start(Map.of());
        Instant event = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(5);
        Reminder meeting = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(event),
                List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)));
        node.reminders().save(meeting);

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 2);

        assertThat(meetings.firings()).extracting(f -> f.occurrence().at())
                .containsExactly(event.minusSeconds(3), event.minusSeconds(1));
        assertThat(outbox.keys()).hasSize(4).doesNotHaveDuplicates();
        await().atMost(PATIENCE).until(() -> node.reminderTriggers().isEmpty());
    }

    @Test
    void aReminderDueInQuietHoursIsDeliveredWhenTheyEndOrSkippedIfItsEventHasPassedByThen() {
        start(Map.of("chidoan.reminders.quiet-hours", "09:00:00-09:00:03"));
        justBefore(vn("2027-03-10T09:00:01"));
        Reminder useful = new Reminder("meeting", "later", BRANCH, new Schedule.OneOff(vn("2027-03-10T09:30")),
                List.of(Duration.ofMinutes(29).plusSeconds(59)));
        Reminder passed = atTheEvent("passed", new Schedule.OneOff(vn("2027-03-10T09:00:02")));
        node.reminders().save(useful);
        node.reminders().save(passed);

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 1
                && node.reminders().outcome(passed.id(), vn("2027-03-10T09:00:02")).isPresent());

        RecordingKind.Firing firing = meetings.firings().get(0);
        assertThat(firing.occurrence().at()).isEqualTo(vn("2027-03-10T09:00:01"));
        assertThat(firing.firedAt()).isAfterOrEqualTo(vn("2027-03-10T09:00:03"));
        assertThat(node.reminders().outcome(useful.id(), vn("2027-03-10T09:00:01"))).isPresent();
        assertThat(node.reminders().outcome(passed.id(), vn("2027-03-10T09:00:02")).orElseThrow().reason())
                .isEqualTo(SkipReason.QUIET_HOURS);
    }

    @Test
    void changingAReminderReschedulesItsTrigger() throws Exception {
        start(Map.of());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        node.reminders().save(atTheEvent("moved", new Schedule.OneOff(now.plusSeconds(60))));
        Reminder moved = atTheEvent("moved", new Schedule.OneOff(now.plusSeconds(2)));
        assertThat(armedOccurrence(moved.id())).isEqualTo(now.plusSeconds(60));

        node.reminders().save(moved);
        assertThat(armedOccurrence(moved.id())).isEqualTo(now.plusSeconds(2));

        await().atMost(PATIENCE).until(() -> meetings.firings().size() == 1);
        assertThat(meetings.firings().get(0).occurrence().at()).isEqualTo(now.plusSeconds(2));
        await().atMost(PATIENCE).until(() -> node.reminderTriggers().isEmpty());
    }

    @Test
    void deletingAReminderUnschedulesIt() {
        start(Map.of());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Reminder deleted = atTheEvent("deleted", new Schedule.OneOff(now.plusSeconds(2)));
        Reminder sentinel = atTheEvent("sentinel", new Schedule.OneOff(now.plusSeconds(3)));
        node.reminders().save(deleted);
        node.reminders().save(sentinel);

        node.reminders().delete(deleted.id());
        assertThat(node.reminderTriggers()).containsExactly(QuartzReminderTriggers.key(sentinel.id()));

        await().atMost(PATIENCE).until(() -> !meetings.firingsOf(sentinel.id()).isEmpty());
        assertThat(meetings.firings()).extracting(RecordingKind.Firing::reminder).containsExactly(sentinel.id());
    }
}
