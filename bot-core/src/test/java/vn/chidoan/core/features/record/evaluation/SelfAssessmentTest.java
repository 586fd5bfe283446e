package vn.chidoan.core.features.record.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * A member's self-assessment in the yearly classification, beside the year's real figures (two meetings
 * held in March and checked in by button, the March fee book with one member's payment, one sign-up); the
 * branch's list of where everyone stands; reminders only to those who have not filled it in.
 */
class SelfAssessmentTest extends EvaluationScenarioTest {
    @Test
    void aMemberAssessesThemselvesAndSeesTheirYearsFiguresBesideTheirGrade() {
        assertThat(opens().templates()).containsExactly("record.evaluation.opened");

        Turn saved = assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");

        assertThat(saved.templates()).contains("record.evaluation.saved");
        // Dung checked in at both meetings, and both had her on the roll
        assertThat(saved.text()).contains("Hoàn thành tốt nhiệm vụ", "Dự họp 2/2 buổi (100%)",
                "đoàn phí đã nộp 2.000 đ/2.000 đ", "tham gia 1 hoạt động");
        Entry entry = entryOf(s.dung);
        assertThat(entry.self()).isEqualTo(Grade.GOOD);
        assertThat(entry.selfText()).isEqualTo("Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.");
    }

    @Test
    void theListShowsEachMembersAttendanceAsTheMeetingsRecordedIt() {
        opens();
        assesses(s.giang, "Còn vắng một buổi sinh hoạt, sẽ cố gắng hơn.", "done");

        Turn list = s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/danhgia_ketqua");

        String text = list.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .map(RecordingOutbox.Sent::text).filter(t -> t.contains("Đánh giá, xếp loại năm 2026")).findFirst()
                .orElseThrow();
        assertThat(text).contains("1/3 đã tự đánh giá", "0/3 đã có quyết định");
        // secretary: present on 2/3 only; Dung: both; Giang: 9/3 only
        assertThat(text).containsSubsequence("Bí Thư Chi đoàn 12A1", "Dự họp 1/2 buổi (50%)",
                "đoàn phí đã nộp 0 đ/2.000 đ", "Phạm Thị Dung", "chưa điền", "Dự họp 2/2 buổi (100%)",
                "đoàn phí đã nộp 2.000 đ/2.000 đ · tham gia 1 hoạt động", "Vũ Văn Giang",
                "tự xếp Hoàn thành nhiệm vụ", "Dự họp 1/2 buổi (50%) · đoàn phí đã nộp 0 đ/2.000 đ · tham gia 0 hoạt động");
    }

    @Test
    void remindersGoOnlyToThoseWhoHaveNotFilledItIn() {
        opens();
        assesses(s.dung, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.", "good");
        Reminder reminder = s.bot.bean(Reminders.class)
                .find(ReminderId.of(EvaluationReminders.KIND, s.branchId().value() + ":2026")).orElseThrow();
        Instant deadline = Instant.parse("2026-03-20T01:00:00Z"); // 08:00 in Vietnam
        int before = s.bot.outbox().messages().size();

        s.bot.bean(EvaluationReminder.class).fire(reminder, new Occurrence(deadline.minusSeconds(3 * 86400), deadline));
        s.bot.bean(EvaluationReminder.class).fire(reminder, new Occurrence(deadline.minusSeconds(3 * 86400), deadline));

        List<RecordingOutbox.Sent> sent = s.bot.outbox().messages().subList(before, s.bot.outbox().messages().size());
        assertThat(sent).extracting(RecordingOutbox.Sent::chat).containsExactlyInAnyOrder(
                s.secretary.ref().privateChat(), s.giang.ref().privateChat());
        assertThat(sent).allMatch(m -> m.text().contains("20/03/2026") && m.text().contains("/danhgia"));
    }
}
