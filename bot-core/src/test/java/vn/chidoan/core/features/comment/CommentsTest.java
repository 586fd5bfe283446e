package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.TestBot;
import vn.chidoan.core.testing.Turn;

/** Posting for comment, commenting by reply and in private, editing, withdrawing, the deadline and results. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class CommentsTest {
    static final Instant DEADLINE = Instant.parse("2026-03-10T10:00:00Z"); // 17:00 on 10/03/2026 in Vietnam

    @Parameter
    Database db;

    TestBot bot;
    Comments comments;
    Reminders reminders;
    Speaker officer;
    Scenarios.Branch branch;
    Speaker lan;
    Speaker minh;
    Speaker hoa;

    @BeforeEach
    void branchWithThreeMembers() {
        bot = TestBot.on(db);
        comments = bot.bean(Comments.class);
        reminders = bot.bean(Reminders.class);
        officer = Scenarios.provinceOfficer(bot, "Tỉnh đoàn Hà Nam");
        branch = Scenarios.linkedBranch(bot, officer, "Chi đoàn 12A1", "-100");
        lan = Scenarios.joined(bot, branch, "Nguyễn Thị Lan");
        minh = Scenarios.joined(bot, branch, "Trần Văn Minh");
        hoa = Scenarios.joined(bot, branch, "Lê Thị Hoa");
    }

    Turn post(String text) {
        return bot.inGroup(branch.groupId(), branch.secretary()).says(text);
    }

    Turn replyToPost(Speaker who, long post, String text) {
        return bot.handle(new Inbound.MessageReceived(branch.group(), ChatKind.GROUP, who, text, null, "r" + text.hashCode(),
                true, RecordingOutbox.deliveredId(BranchAudience.key("comment:" + post, branch.group())), null));
    }

    List<RecordingOutbox.Sent> postsIn(String prefix) {
        return bot.outbox().messagesTo(branch.group()).stream().filter(m -> m.key().startsWith(prefix)).toList();
    }

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
    void aLongCommentIsKeptWhole() {
        post("/gopy Kế hoạch hạn 10/03\nNội dung.");
        String longText = "Ý kiến dài. ".repeat(1_000);

        replyToPost(lan, 1, longText);

        assertThat(comments.store().standing(1).get(0).text()).isEqualTo(longText.strip());
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

    private static List<List<String>> sheet(Turn results, int index) {
        Attachment file = results.messages().stream().map(m -> m.message().attachment()).filter(a -> a != null)
                .findFirst().orElseThrow();
        assertThat(file.fileName()).endsWith(".xlsx");
        return SheetRows.of(file.content(), index);
    }
}
