package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.RecordingOutbox;

/**
 * Reminders before a notice's deadline, only to the committees of branches that have not acknowledged, and
 * the sender's summary at the deadline.
 */
class NoticeRemindersTest extends NoticeScenarioTest {
    @Test
    void remindersGoOnlyToTheCommitteesOfBranchesThatHaveNotAcknowledgedAndTheSenderGetsTheSummaryAtTheDeadline() {
        provinceSendsWithADeadline("Nộp danh sách đoàn viên ưu tú.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        Reminders reminders = s.bot.bean(Reminders.class);
        Reminder reminder = reminders.find(ReminderId.of(NoticeReminder.KIND, "1")).orElseThrow();
        Occurrence dayBefore = new Occurrence(DEADLINE.minus(Duration.ofDays(1)), DEADLINE);
        s.bot.clock().set(dayBefore.at());

        s.bot.bean(NoticeReminder.class).fire(reminder, dayBefore);
        s.bot.bean(NoticeReminder.class).fire(reminder, dayBefore);

        assertThat(toPrivate(s.a1.secretary(), "reminder:")).as("A1 acknowledged").isEmpty();
        assertThat(toPrivate(s.lan, "reminder:")).as("members are not reminded").isEmpty();
        for (var branch : List.of(s.a2, s.b1)) {
            assertThat(toPrivate(branch.secretary(), "reminder:")).as(branch.name()).singleElement().satisfies(m -> {
                assertThat(m.text()).contains("Nhắc xác nhận thông báo #1", branch.name() + " chưa xác nhận",
                        "09:00 10/03/2026");
                assertThat(m.buttons()).extracting(b -> b.data()).containsExactly("tb:a:1");
            });
        }

        Reminder summary = reminders.find(ReminderId.of(NoticeSummary.KIND, "1")).orElseThrow();
        s.bot.clock().set(DEADLINE);
        s.bot.bean(NoticeSummary.class).fire(summary, new Occurrence(DEADLINE, DEADLINE));
        assertThat(toPrivate(s.province, "reminder:")).extracting(RecordingOutbox.Sent::text)
                .anySatisfy(text -> assertThat(text).contains("Kết quả thông báo #1", "1/3 chi đoàn", "(đã hết hạn)"));
        assertThat(toPrivate(s.province, "reminder:")).as("the summary and its file")
                .filteredOn(m -> m.message().attachment() != null).hasSize(1);
    }
}
