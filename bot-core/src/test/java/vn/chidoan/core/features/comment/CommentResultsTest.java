package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** Results and their Excel file, anonymous posts, reminders to the silent, the deadline's summary, roll-up per branch. */
class CommentResultsTest extends CommentScenarioTest {

    @Test
    void resultsCountAnswersAndTheExcelFileListsEveryCommentWithItsAuthor() throws IOException {
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        replyToPost(lan, 1, "Ý kiến của Lan.");
        replyToPost(minh, 1, "Ý kiến của Minh.");
        bot.inGroup(branch.groupId(), hoa).presses("gy:p:1");

        Turn results = bot.inGroup(branch.groupId(), branch.secretary()).says("/gopy_ketqua");

        assertThat(results.templates()).contains("comment.results.sent_private");
        RecordingOutbox.Sent summary = results.messages().stream()
                .filter(m -> m.chat().equals(branch.secretary().ref().privateChat()) && m.message().attachment() == null)
                .findFirst().orElseThrow();
        assertThat(summary.text()).contains("Đã góp ý: 2", "Không có ý kiến: 1", "Chưa trả lời: 1",
                "1.1 Nguyễn Thị Lan", "Ý kiến của Minh.");
        List<List<String>> rows = sheet(results, 0);
        assertThat(rows.get(0))
                .containsExactly("Số", "Họ và tên", "Chi đoàn", "Nội dung góp ý", "Thời gian", "Sửa lúc");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("1.1", "Nguyễn Thị Lan", "Chi đoàn 12A1", "Ý kiến của Lan."),
                List.of("1.2", "Trần Văn Minh", "Chi đoàn 12A1", "Ý kiến của Minh."));
    }

    @Test
    void anAnonymousPostShowsNoAuthorToThePosterButTheMemberStillSeesTheirOwn() throws IOException {
        post("/gopy Dự thảo nghị quyết hạn 10/03 ẩn danh\nNội dung.");
        bot.inGroup(branch.groupId(), lan).presses("gy:c:1");
        bot.inPrivate(lan).says("Ý kiến kín.");

        Turn results = bot.inPrivate(branch.secretary()).says("/gopy_ketqua 1");
        Turn mine = bot.inPrivate(lan).presses("gy:m:1");

        assertThat(results.text()).contains("Ý kiến kín.").doesNotContain("Nguyễn Thị Lan", "Lan ");
        List<List<String>> rows = sheet(results, 0);
        assertThat(rows.get(0)).doesNotContain("Họ và tên");
        assertThat(rows.toString()).doesNotContain("Nguyễn Thị Lan");
        assertThat(mine.text()).contains("Ý kiến kín.");
    }

    @Test
    void aReplyInTheGroupToAnAnonymousPostIsNotTakenAndTheGroupIsToldToUseTheButton() {
        post("/gopy Dự thảo nghị quyết hạn 10/03 ẩn danh\nNội dung.");

        Turn replied = replyToPost(lan, 1, "Ý kiến lẽ ra phải kín.");

        assertThat(replied.templates()).contains("comment.anonymous_reply").doesNotContain("comment.saved");
        assertThat(replied.messages()).singleElement().satisfies(answer -> {
            assertThat(answer.chat()).isEqualTo(branch.group());
            assertThat(answer.text()).doesNotContainPattern("#\\d").doesNotContain("Nguyễn Thị Lan");
            assertThat(answer.buttons()).extracting(b -> b.data()).contains("gy:c:1");
        });
        assertThat(comments.store().standing(1)).isEmpty();
    }

    @Test
    void theRemindersReachOnlyTheSilentAndTheDeadlineSendsThePosterTheSummaryOnce() {
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        replyToPost(lan, 1, "Ý kiến của Lan.");
        bot.inGroup(branch.groupId(), minh).presses("gy:p:1");
        UnitId branchId = bot.org().branchOfChat(branch.group()).orElseThrow();
        Reminder reminder = reminders.find(ReminderId.of("comment", "1:" + branchId.value())).orElseThrow();
        Reminder summary = reminders.find(ReminderId.of("comment-summary", "1")).orElseThrow();

        bot.clock().set(DEADLINE.minus(Duration.ofHours(2)));
        bot.bean(CommentReminder.class).fire(reminder, new Occurrence(DEADLINE.minus(Duration.ofHours(2)), DEADLINE));
        bot.bean(CommentReminder.class).fire(reminder, new Occurrence(DEADLINE.minus(Duration.ofHours(2)), DEADLINE));

        List<RecordingOutbox.Sent> reminded = bot.outbox().messages().stream()
                .filter(m -> m.key().startsWith("reminder:comment:")).toList();
        assertThat(reminded).extracting(RecordingOutbox.Sent::chat).as("not the poster: it is their own post")
                .containsExactly(hoa.ref().privateChat());
        assertThat(reminded.get(0).text()).contains("17:00 10/03/2026", "còn 2 giờ");
        assertThat(reminded.get(0).buttons()).extracting(b -> b.data()).containsExactly("gy:c:1", "gy:p:1");

        bot.clock().set(DEADLINE);
        bot.bean(SummaryReminder.class).fire(summary, new Occurrence(DEADLINE, DEADLINE));
        List<RecordingOutbox.Sent> summaries = bot.outbox().messages().stream()
                .filter(m -> m.key().startsWith("reminder:comment-summary:1:")).toList();
        assertThat(summaries).hasSize(2).allSatisfy(m -> assertThat(m.chat())
                .isEqualTo(branch.secretary().ref().privateChat()));
        assertThat(summaries.get(0).text()).contains("Ý kiến của Lan.", "đã hết hạn");
        assertThat(bot.bean(SummaryReminder.class).usefulUntil(summary, new Occurrence(DEADLINE, DEADLINE))).isAfter(DEADLINE);
    }

    @Test
    void anOfficersPostReachesEveryBranchBelowAndTheResultsRollUpPerBranch() {
        Scenarios.Branch second = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
        Speaker tuan = Scenarios.joined(bot, second, "Đỗ Văn Tuấn");

        bot.inPrivate(officer).says("/gopy Văn bản chỉ đạo hạn 10/03\nNội dung.");
        replyToPost(lan, 1, "Từ 12A1.");
        bot.inPrivate(tuan).presses("gy:c:1");
        bot.inPrivate(tuan).says("Từ 12A2.");
        Turn results = bot.inPrivate(officer).says("/gopy_ketqua 1");

        assertThat(bot.outbox().messagesTo(second.group())).anySatisfy(m -> assertThat(m.key()).startsWith("comment:1:"));
        assertThat(bot.outbox().messagesTo(officer.ref().privateChat())).filteredOn(m -> m.key().equals("comment:1:reached"))
                .singleElement().satisfies(m -> assertThat(m.text()).contains("tới đủ 2 chi đoàn"));
        assertThat(results.templates()).contains("comment.results.working");
        assertThat(results.messages()).filteredOn(m -> m.key().startsWith("in:" + results.eventKey() + ":results"))
                .hasSize(2).allSatisfy(m -> assertThat(m.chat()).isEqualTo(officer.ref().privateChat()));
        assertThat(results.text()).contains("Theo đơn vị trực thuộc", "Chi đoàn 12A1: 1 góp ý", "Chi đoàn 12A2: 1 góp ý",
                "Đã góp ý: 2", "Từng góp ý (kèm chi đoàn và người góp ý) có trong tệp Excel").doesNotContain("Từ 12A2.");
        assertThat(sheet(results, 0)).anySatisfy(row -> assertThat(row).contains("Chi đoàn 12A2", "Từ 12A2."));
        assertThat(bot.inPrivate(lan).says("/gopy_ketqua 1").templates()).contains("pipeline.refused.bch");
        assertThat(bot.inPrivate(branch.secretary()).says("/gopy_ketqua 1").templates())
                .contains("comment.results.not_yours");
    }
}
