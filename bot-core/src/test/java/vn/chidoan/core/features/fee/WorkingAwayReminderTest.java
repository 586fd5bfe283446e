package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.Cause;
import vn.chidoan.core.features.record.Operation;
import vn.chidoan.core.features.record.Records;
import vn.chidoan.core.org.member.status.MemberStatus;
import vn.chidoan.core.org.member.status.StatusSpell;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.RecordingOutbox;

/**
 * A member working away (their record's status, read through the port) pays quarterly: a monthly book's
 * reminders of April and May leave them out, June's reminds them privately of the whole quarter.
 */
class WorkingAwayReminderTest extends FeeScenarioTest {

    @Test
    void aMemberWorkingAwayIsRemindedOnceAQuarterOfWhatTheQuarterOwes() {
        s.bot.clock().set(FeeScenario.at(2026, 4, 2, 8, 0));
        s.openWithAccount();
        s.bot.bean(Records.class).status(s.person(s.an), s.branchId(),
                new StatusSpell(MemberStatus.WORKING_AWAY, LocalDate.of(2026, 4, 1), null), "Bình Dương",
                Operation.STATUS, new Cause("test:away", s.person(s.secretary), s.bot.clock().instant()));

        fireBeforeDeadline("T4-2026", FeeScenario.at(2026, 4, 30, 8, 0));
        s.bot.clock().set(FeeScenario.at(2026, 5, 2, 8, 0));
        s.bot.bean(FeeReminders.class).plan(s.book());
        fireBeforeDeadline("T5-2026", FeeScenario.at(2026, 5, 31, 8, 0));

        assertThat(s.keyed("reminder:fee:")).as("April and May: Bình and Chi and the secretary, not An")
                .extracting(RecordingOutbox.Sent::chat).doesNotContain(s.an.ref().privateChat())
                .contains(s.binh.ref().privateChat());

        s.bot.clock().set(FeeScenario.at(2026, 6, 2, 8, 0));
        s.bot.bean(FeeReminders.class).plan(s.book());
        fireBeforeDeadline("T6-2026", FeeScenario.at(2026, 6, 30, 8, 0));

        assertThat(s.keyed("reminder:fee:")).filteredOn(m -> m.chat().equals(s.an.ref().privateChat()))
                .singleElement().satisfies(m -> assertThat(m.text()).contains("6.000 đ"));
        assertThat(s.keyed("reminder:fee:")).filteredOn(m -> m.chat().equals(s.binh.ref().privateChat()))
                .hasSize(3);
    }

    private void fireBeforeDeadline(String period, Instant deadline) {
        Reminder reminder = s.bot.bean(Reminders.class)
                .find(ReminderId.of(FeeReminders.KIND, s.branchId().value() + ":" + period)).orElseThrow();
        s.bot.clock().set(deadline.minus(Duration.ofDays(3)));
        s.bot.bean(FeeReminderKinds.BeforeDeadline.class).fire(reminder,
                new Occurrence(deadline.minus(Duration.ofDays(3)), deadline));
    }
}
