package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/**
 * A post is made with the rights the poster holds when it goes out, on the branch the dialogue
 * started for: losing the committee seat mid-dialogue stops it, joining another branch does not move it.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class PostRightsTest {
    @Parameter
    Database db;

    TestBot bot;
    Comments comments;
    Speaker officer;
    Scenarios.Branch a12;
    Speaker lan;

    @BeforeEach
    void lanSitsOnTheCommitteeOf12A1() {
        bot = TestBot.on(db);
        comments = bot.bean(Comments.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        a12 = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, a12, "Nguyễn Thị Lan");
        bot.inGroup(a12.groupId(), a12.secretary()).says("/bch_them 2");
    }

    @Test
    void aCommitteeMemberRemovedWhileWritingPostsNothing() {
        bot.inGroup(a12.groupId(), lan).says("/gopy Kế hoạch tháng 3 hạn 10/03");
        Turn asked = bot.inGroup(a12.groupId(), a12.secretary()).says("/thanhvien_xoa 2");
        bot.inGroup(a12.groupId(), a12.secretary()).presses(asked.buttonData("mdel:"));

        Turn content = bot.inGroup(a12.groupId(), lan).says("Nội dung kế hoạch.");

        assertThat(content.templates()).contains("conversation.no_longer_allowed")
                .doesNotContain("comment.post.published");
        assertThat(comments.post(1)).isEmpty();
        assertThat(postsTo(a12)).isEmpty();
        assertThat(bot.conversations().active(a12.group(), lan.ref())).isEmpty();
    }

    @Test
    void aCommitteeMemberWhoJoinsAnotherBranchMidDialoguePostsToTheBranchSheStartedFor() {
        Scenarios.Branch b12 = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
        bot.inPrivate(lan).says("/gopy");
        bot.inPrivate(lan).says("Kế hoạch tháng 3");
        bot.clock().advance(Duration.ofMinutes(5));
        bot.inPrivate(lan).opens(b12.joinLink());

        bot.inPrivate(lan).says("Nội dung kế hoạch.");
        bot.inPrivate(lan).says("10/03");
        Turn published = bot.inPrivate(lan).presses("dlg:an:n");

        assertThat(published.templates()).contains("comment.post.published");
        assertThat(comments.post(1).orElseThrow().branches()).containsExactly(branchOf(a12));
        assertThat(postsTo(b12)).isEmpty();
        assertThat(postsTo(a12)).hasSize(1);
    }

    @Test
    void aCommitteeMemberWhoLostTheSeatInPrivateIsToldAndTheDialogueEnds() {
        bot.inPrivate(lan).says("/gopy Kế hoạch tháng 3 hạn 10/03");
        Turn asked = bot.inGroup(a12.groupId(), a12.secretary()).says("/thanhvien_xoa 2");
        bot.inGroup(a12.groupId(), a12.secretary()).presses(asked.buttonData("mdel:"));

        Turn content = bot.inPrivate(lan).says("Nội dung kế hoạch.");

        assertThat(content.templates()).contains("conversation.no_longer_allowed")
                .doesNotContain("comment.post.published");
        assertThat(content.text()).contains("Ban chấp hành");
        assertThat(comments.post(1)).isEmpty();
    }

    @Test
    void theDeadlineSummaryGoesNowhereOnceThePosterLeftTheCommittee() {
        bot.inGroup(a12.groupId(), lan).says("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        Turn asked = bot.inGroup(a12.groupId(), a12.secretary()).says("/thanhvien_xoa 2");
        bot.inGroup(a12.groupId(), a12.secretary()).presses(asked.buttonData("mdel:"));

        fireSummaryAtTheDeadline();

        assertThat(bot.outbox().withKeyPrefix("reminder:comment-summary:")).isEmpty();
        assertThat(bot.inPrivate(lan).says("/gopy_ketqua 1").templates()).doesNotContain("comment.results.summary");
    }

    @Test
    void theDeadlineSummaryGoesNowhereOnceThePosterErasedTheirData() {
        bot.inGroup(a12.groupId(), lan).says("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        bot.inPrivate(lan).says("/xoadulieu");
        bot.inPrivate(lan).presses("erase:y");

        fireSummaryAtTheDeadline();

        assertThat(bot.outbox().withKeyPrefix("reminder:comment-summary:")).isEmpty();
    }

    @Test
    void aPosterStillOnTheCommitteeGetsTheSummaryAtTheDeadline() {
        bot.inGroup(a12.groupId(), lan).says("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");

        fireSummaryAtTheDeadline();

        assertThat(bot.outbox().withKeyPrefix("reminder:comment-summary:")).isNotEmpty()
                .allSatisfy(sent -> assertThat(((RecordingOutbox.Sent) sent).chat()).isEqualTo(lan.ref().privateChat()));
    }

    private void fireSummaryAtTheDeadline() {
        Reminder summary = bot.bean(Reminders.class).find(ReminderId.of("comment-summary", "1")).orElseThrow();
        bot.clock().set(CommentScenarioTest.DEADLINE);
        bot.bean(SummaryReminder.class).fire(summary, new Occurrence(CommentScenarioTest.DEADLINE, CommentScenarioTest.DEADLINE));
    }

    private UnitId branchOf(Scenarios.Branch branch) {
        return bot.org().branchOfChat(branch.group()).orElseThrow();
    }

    private List<RecordingOutbox.Sent> postsTo(Scenarios.Branch branch) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith("comment:")).toList();
    }
}
