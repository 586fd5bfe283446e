package vn.chidoan.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.scheduler.QuartzFiringTest.BRANCH;
import static vn.chidoan.scheduler.QuartzFiringTest.MEMBERS;
import static vn.chidoan.scheduler.QuartzFiringTest.PATIENCE;
import static vn.chidoan.scheduler.QuartzFiringTest.vn;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;
import vn.chidoan.core.org.reminder.RecordingKind;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TravellingClock;

/** Two app instances run at once on one database: every occurrence is sent once. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class TwoInstancesTest {
    static final int REMINDERS = 30;

    @Parameter
    Database db;

    @Test
    void twoRunningInstancesSendEachOccurrenceExactlyOnce() {
        MongoTemplate mongo = db.freshTemplate();
        TravellingClock clock = new TravellingClock(vn("2027-03-10T08:00"));
        RecordingOutbox outbox = new RecordingOutbox();
        RecordingKind meetings = new RecordingKind("meeting", outbox, clock, MEMBERS);

        try (SchedulerNode a = new SchedulerNode(mongo, clock, outbox, meetings, Map.of())) {
            Instant first = clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(6);
            List<Reminder> reminders = IntStream.range(0, REMINDERS).mapToObj(i -> new Reminder("meeting", "m" + i,
                    BRANCH, new Schedule.OneOff(first.plusSeconds(i % 3)), List.of(Duration.ZERO))).toList();
            reminders.forEach(a.reminders()::save);
            try (SchedulerNode b = new SchedulerNode(mongo, clock, outbox, meetings, Map.of())) {
                assertThat(clock.instant()).as("both armed before anything is due").isBefore(first);
                assertThat(a.reminderTriggers()).hasSize(REMINDERS);
                assertThat(b.reminderTriggers()).hasSize(REMINDERS);

                await("both instances fire every trigger").atMost(PATIENCE)
                        .until(() -> a.reminderTriggers().isEmpty() && b.reminderTriggers().isEmpty());
                assertThat(reminders).allSatisfy(r -> assertThat(a.reminders().outcome(r.id(),
                        ((Schedule.OneOff) r.schedule()).at())).hasValueSatisfying(o -> assertThat(o.status())
                                .isEqualTo(Status.SENT)));
            }
        }

        assertThat(meetings.firings()).hasSize(REMINDERS);
        assertThat(meetings.firings()).extracting(RecordingKind.Firing::reminder).doesNotHaveDuplicates();
        assertThat(outbox.attempts()).hasSize(REMINDERS * MEMBERS.size()).doesNotHaveDuplicates();
    }
}
