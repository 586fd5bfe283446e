package vn.chidoan.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.scheduler.QuartzFiringTest.BRANCH;
import static vn.chidoan.scheduler.QuartzFiringTest.PATIENCE;
import static vn.chidoan.scheduler.QuartzFiringTest.vn;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;
import vn.chidoan.core.org.reminder.RecordingKind;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TravellingClock;

/** The app stops and starts again later on the same database. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class RestartTest {
    static final List<ChatRef> MEMBERS = List.of(new ChatRef(Platform.SANDBOX, "an"), new ChatRef(Platform.SANDBOX, "binh"),
            new ChatRef(Platform.SANDBOX, "chi"));
    static final Map<String, Object> SHORT_LEASE = Map.of("chidoan.reminders.claim-lease", "2s");

    @Parameter
    Database db;

    MongoTemplate mongo;
    TravellingClock clock;
    RecordingOutbox outbox;
    RecordingKind meetings;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Reminder meeting = new Reminder("meeting", "m1", BRANCH, new Schedule.OneOff(vn("2027-03-10T19:00")),
            List.of(Duration.ofHours(2)));

    @BeforeEach
    void setUp() {
        mongo = db.freshTemplate();
        clock = new TravellingClock(vn("2027-03-10T08:00"));
        outbox = new RecordingOutbox();
        meetings = new RecordingKind("meeting", outbox, clock, MEMBERS);
        log.start();
        ((Logger) LoggerFactory.getLogger("vn.chidoan.core.org.reminder")).addAppender(log);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger("vn.chidoan.core.org.reminder")).detachAppender(log);
    }

    SchedulerNode node() {
        return new SchedulerNode(mongo, clock, outbox, meetings, SHORT_LEASE);
    }

    /** Saves the meeting's reminder (due 17:00) and stops before it is due. */
    void saveAndStop() {
        try (SchedulerNode first = node()) {
            first.reminders().save(meeting);
        }
    }

    @Test
    void anOccurrenceMissedWhileDownIsSentOnceAtStartWhileStillUseful() {
        saveAndStop();
        clock.travelTo(vn("2027-03-10T18:00"));

        try (SchedulerNode second = node()) {
            await().atMost(PATIENCE).until(() -> second.reminders().outcome(meeting.id(), vn("2027-03-10T17:00"))
                    .filter(o -> o.status() == Status.SENT).isPresent());
        }
        try (SchedulerNode third = node()) {
            assertThat(third.reminderTriggers()).isEmpty();
        }

        assertThat(meetings.firings()).hasSize(1);
        assertThat(outbox.keys()).hasSize(3);
    }

    @Test
    void anOccurrenceMissedWhileDownAndNoLongerUsefulIsSkippedWithALogLine() {
        saveAndStop();
        clock.travelTo(vn("2027-03-10T19:30"));

        try (SchedulerNode second = node()) {
            await().atMost(PATIENCE).until(() -> second.reminders().outcome(meeting.id(), vn("2027-03-10T17:00"))
                    .isPresent());
            assertThat(second.reminders().outcome(meeting.id(), vn("2027-03-10T17:00")).orElseThrow().reason())
                    .isEqualTo(SkipReason.STALE);
        }

        assertThat(meetings.firings()).isEmpty();
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .anyMatch(line -> line.contains("meeting:m1") && line.contains("skipped: STALE"));
    }

    @Test
    void aFiringInterruptedByACrashIsFinishedOnceAfterRestart() {
        Instant due = clock.instant().plusSeconds(2).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        Reminder soon = new Reminder("meeting", "soon", BRANCH, new Schedule.OneOff(due.plus(Duration.ofHours(1))),
                List.of(Duration.ofHours(1)));
        meetings.failOnceAfter(1);
        try (SchedulerNode first = node()) {
            first.reminders().save(soon);
            await().atMost(PATIENCE).until(() -> first.reminders().outcome(soon.id(), due).isPresent());
        }
        assertThat(outbox.keys()).hasSize(1);
        clock.advance(Duration.ofSeconds(5));

        try (SchedulerNode second = node()) {
            assertThat(second.reminders().outcome(soon.id(), due).orElseThrow().status())
                    .isEqualTo(Status.SENT);
        }

        assertThat(meetings.firings()).hasSize(2);
        assertThat(outbox.keys()).hasSize(3).doesNotHaveDuplicates();
        assertThat(outbox.attempts()).hasSize(4);
    }
}
