package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/** Posting for comment: in the group or by the dialogue, with a file, and what a bad post is told. */
class PostingTest extends CommentScenarioTest {

    @Test
    void theSecretaryPostsAndTheGroupGetsTheTextDeadlineAndTheThreeButtons() {
        Turn posted = post("/gopy Kế hoạch tháng 3 hạn 10/03\nTổ chức ngày hội thanh niên.");

        assertThat(posted.templates()).contains("comment.post.published");
        RecordingOutbox.Sent message = postsIn("comment:1:chat:").get(0);
        assertThat(message.text()).contains("Kế hoạch tháng 3", "17:00 10/03/2026", "Tổ chức ngày hội thanh niên.");
        assertThat(message.buttons()).extracting(b -> b.data()).containsExactly("gy:c:1", "gy:p:1", "gy:m:1");
        assertThat(comments.post(1).orElseThrow().deadline()).isEqualTo(DEADLINE);
        assertThat(bot.replay(posted).messages()).as("a replay posts nothing twice").isEmpty();
        assertThat(postsIn("comment:")).hasSize(1);
        assertThat(bot.outbox().withKeyPrefix("comment:1:reached")).as("a branch's own post needs no word").isEmpty();
    }

    @Test
    void badInputGetsAVietnameseReplyWithAnExample() {
        assertThat(post("/gopy hạn 10/03\nNội dung.").templates()).contains("comment.post.no_title");
        assertThat(post("/gopy Kế hoạch hạn 01/03/2026\nNội dung.").templates())
                .contains("comment.post.past_deadline");
        assertThat(post("/gopy Kế hoạch hạn 32/13\nNội dung.").text()).contains("32/13", "hạn 15/12");
        Turn photo = bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, branch.secretary(),
                "/gopy Kế hoạch", null, "m-photo", false, null,
                Attachment.inbound(Attachment.Kind.DOCUMENT, "file-zip", "ke-hoach.zip", "application/zip")));
        assertThat(photo.text()).contains("PDF, DOCX", "ke-hoach.zip");
        assertThat(comments.post(1)).isEmpty();

        post("/gopy Kế hoạch hạn 10/03\nNội dung.");
        bot.inGroup(branch.groupId(), lan).presses("gy:c:1");
        assertThat(bot.inPrivate(lan).says("   ").templates()).contains("comment.empty");
        assertThat(bot.inPrivate(lan).says("Giờ mới có ý kiến.").templates()).contains("comment.saved");
    }

    @Test
    void aFilePostedForCommentShowsNoEmptyContentUnderItsCaption() {
        post("/gopy Báo cáo quý I hạn 10/03");
        bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, branch.secretary(), "", null, "m-doc3",
                true, null, Attachment.inbound(Attachment.Kind.DOCUMENT, "tg-file-3", "bao-cao.pdf", "application/pdf")));

        String caption = postsIn("comment:1:chat:").get(0).message().text().markup();
        assertThat(caption).contains("Báo cáo quý I", "Hạn góp ý").doesNotContain("\n\n\n");
        assertThat(caption.lines().filter(String::isBlank).count()).as("blank lines in\n" + caption).isZero();
    }

    @Test
    void aRefusedFileIsNamedAsThePosterNamedIt() {
        Turn refused = bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, branch.secretary(),
                "/gopy Kế hoạch hạn 10/03", null, "m-zip", false, null,
                Attachment.inbound(Attachment.Kind.DOCUMENT, "file-zip", "KeHoach.zip", "application/zip")));

        assertThat(refused.text()).contains("«KeHoach.zip»").doesNotContain("kehoach.zip");
    }

    @Test
    void theDialogueAsksForEachPartAndPostsTheFileToTheGroup() {
        Speaker secretary = branch.secretary();
        bot.inPrivate(secretary).says("/gopy");
        bot.inPrivate(secretary).says("Dự thảo nghị quyết");
        bot.handle(new Inbound.MessageReceived(secretary.ref().privateChat(), ChatKind.PRIVATE, secretary, "", null,
                "m-doc", false, null, Attachment.inbound(Attachment.Kind.DOCUMENT, "tg-file-1", "du-thao.docx",
                        null)));
        bot.inPrivate(secretary).says("10/03 19h30");
        Turn published = bot.inPrivate(secretary).presses("dlg:an:y");

        assertThat(published.templates()).contains("comment.post.published");
        CommentPost post = comments.post(1).orElseThrow();
        assertThat(post.anonymous()).isTrue();
        assertThat(post.deadline()).isEqualTo(Instant.parse("2026-03-10T12:30:00Z"));
        RecordingOutbox.Sent message = postsIn("comment:1:chat:").get(0);
        assertThat(message.message().attachment().fileRef()).isEqualTo("tg-file-1");
    }

    @Test
    void theTitleAloneWaitsForTheContentInTheNextMessage() {
        post("/gopy Báo cáo quý I hạn 10/03");
        Turn content = bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, branch.secretary(),
                "", null, "m-doc2", true, null,
                Attachment.inbound(Attachment.Kind.DOCUMENT, "tg-file-2", "bao-cao.pdf", "application/pdf")));

        assertThat(content.templates()).contains("comment.post.published");
        assertThat(postsIn("comment:1:chat:").get(0).message().attachment().fileName()).isEqualTo("bao-cao.pdf");
    }
}
