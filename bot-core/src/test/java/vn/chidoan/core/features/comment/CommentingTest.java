package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/** Commenting by reply and in private, numbering, editing and withdrawing until the deadline, who may answer. */
class CommentingTest extends CommentScenarioTest {

    @Test
    void aReplyToThePostAndAPressedButtonBothBecomeNumberedComments() {
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");

        Turn replied = replyToPost(lan, 1, "Đề nghị thêm hoạt động hiến máu.");
        Turn pressed = bot.inGroup(branch.groupId(), minh).presses("gy:c:1");
        Turn typed = bot.inPrivate(minh).says("Nên tổ chức vào cuối tuần.");

        assertThat(replied.value("comment.saved", "number")).isEqualTo(1);
        assertThat(pressed.toast()).contains("tin nhắn riêng");
        assertThat(pressed.messages()).singleElement().satisfies(prompt -> {
            assertThat(prompt.chat()).isEqualTo(minh.ref().privateChat());
            assertThat(prompt.text()).contains("Kế hoạch tháng 3");
        });
        assertThat(typed.value("comment.saved", "number")).isEqualTo(2);
        assertThat(comments.store().standing(1)).extracting(Comment::text)
                .containsExactly("Đề nghị thêm hoạt động hiến máu.", "Nên tổ chức vào cuối tuần.");
    }

    @Test
    void aMemberTheBotCannotWriteToGetsADeepLinkThatOpensTheCommentDialogue() {
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        bot.outbox().unreachable(lan.ref().privateChat());

        Turn pressed = bot.inGroup(branch.groupId(), lan).presses("gy:c:1");
        Turn opened = bot.inPrivate(lan).opens(pressed.buttonUrl());
        Turn typed = bot.inPrivate(lan).says("Ý kiến qua đường dẫn.");

        assertThat(pressed.buttonUrl()).containsPattern("start=gy_[A-Za-z0-9]{16}$");
        assertThat(opened.templates()).contains("comment.ask.comment");
        assertThat(typed.value("comment.saved", "number")).isEqualTo(1);
    }

    @Test
    void aMemberSeesEditsAndWithdrawsTheirOwnCommentsUntilTheDeadlineAndThenItIsClosed() {
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        replyToPost(lan, 1, "Ý kiến thứ nhất.");
        replyToPost(lan, 1, "Ý kiến thứ hai.");
        replyToPost(minh, 1, "Ý kiến của Minh.");

        Turn mine = bot.inPrivate(lan).presses("gy:m:1");
        assertThat(mine.text()).contains("Ý kiến thứ nhất.", "Ý kiến thứ hai.").doesNotContain("Minh");
        bot.inPrivate(lan).presses(mine.buttonData("gy:e:1:1"));
        Turn edited = bot.inPrivate(lan).says("Ý kiến thứ nhất, đã sửa.");
        Turn withdrawn = bot.inPrivate(lan).presses(mine.buttonData("gy:w:1:2"));
        Turn notHers = bot.inPrivate(lan).presses("gy:w:1:3");

        assertThat(edited.templates()).contains("comment.edited");
        assertThat(withdrawn.templates()).contains("comment.withdrawn");
        assertThat(notHers.templates()).contains("comment.not_yours");
        assertThat(comments.store().standing(1)).extracting(Comment::text)
                .containsExactly("Ý kiến thứ nhất, đã sửa.", "Ý kiến của Minh.");

        bot.clock().set(DEADLINE);
        assertThat(replyToPost(hoa, 1, "Muộn rồi.").templates()).contains("comment.closed");
        assertThat(bot.inPrivate(lan).presses("gy:e:1:1").text()).contains("hết hạn");
        assertThat(bot.inGroup(branch.groupId(), hoa).presses("gy:p:1").templates()).contains("comment.closed");
    }

    @Test
    void onlyMembersOfABranchThePostReachedMayAnswer() {
        Scenarios.Branch other = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A2", "-200");
        Speaker outsider = Scenarios.joined(bot, other, "Phạm Văn Ngoài");
        post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");

        Turn pressed = bot.inPrivate(outsider).presses("gy:c:1");
        Turn passed = bot.inPrivate(outsider).presses("gy:p:1");

        assertThat(pressed.templates()).contains("comment.unavailable");
        assertThat(passed.templates()).contains("comment.unavailable");
        assertThat(comments.store().passers(1)).isEmpty();
    }

    @Test
    void postsAndCommentsAreNumberedSoOneIsNeverTakenForTheOther() {
        Turn published = post("/gopy Kế hoạch tháng 3 hạn 10/03\nNội dung.");
        Turn saved = replyToPost(lan, 1, "Ý kiến của Lan.");
        Turn mine = bot.inPrivate(lan).presses("gy:m:1");
        Turn results = bot.inPrivate(branch.secretary()).says("/gopy_ketqua 1");

        assertThat(published.text()).contains("bài góp ý #1", "/gopy_ketqua 1");
        assertThat(saved.text()).contains("ý kiến 1.1").doesNotContain("#");
        assertThat(mine.text()).contains("1.1").doesNotContain("#");
        assertThat(mine.buttons()).extracting(b -> b.label()).containsExactly("Sửa 1.1", "Rút 1.1");
        assertThat(results.text()).contains("bài #1", "1.1 Nguyễn Thị Lan").doesNotContain("#1 Nguyễn");
        bot.inPrivate(lan).presses("gy:e:1:1");
        assertThat(bot.inPrivate(lan).says("Đã sửa.").text()).contains("ý kiến 1.1").doesNotContain("#");
        assertThat(bot.inPrivate(lan).presses("gy:w:1:1").text()).contains("ý kiến 1.1").doesNotContain("#");
    }

    @Test
    void aCommentOfPunctuationOnlyIsRefusedWithAnExample() {
        post("/gopy Kế hoạch hạn 10/03\nNội dung.");

        Turn dots = replyToPost(lan, 1, "...");
        bot.inGroup(branch.groupId(), minh).presses("gy:c:1");
        Turn marks = bot.inPrivate(minh).says(" ?!… ");

        for (Turn refused : List.of(dots, marks)) {
            assertThat(refused.templates()).contains("comment.empty").doesNotContain("comment.saved");
            assertThat(refused.text()).contains("ví dụ");
        }
        assertThat(comments.store().standing(1)).isEmpty();
        assertThat(bot.inPrivate(minh).says("Đồng ý 👍").templates()).as("words with an emoji are a comment")
                .contains("comment.saved");
    }

    @Test
    void aLongCommentIsKeptWhole() {
        post("/gopy Kế hoạch hạn 10/03\nNội dung.");
        String longText = "Ý kiến dài. ".repeat(1_000);

        replyToPost(lan, 1, longText);

        assertThat(comments.store().standing(1).get(0).text()).isEqualTo(longText.strip());
    }
}
