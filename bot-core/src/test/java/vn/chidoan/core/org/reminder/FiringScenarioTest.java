package vn.chidoan.core.org.reminder;

import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;

/**
 * The firing tests' reminders, run on each database: a meeting kind that records its firings and sends to
 * two members, the kit's three offsets, and a clock at 08:00 01/03/2027 in Vietnam.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class FiringScenarioTest {
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
}
