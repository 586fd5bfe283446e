package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Comments end to end: by reply and in the private chat, edits and withdrawals, the Excel file, an
 * anonymous post; a member the bot could not write to, or who blocked it, comes by the group's link.
 */
class CommentScenariosTest extends CommentEndToEnd {

    @Test
    void membersCommentByReplyAndInPrivateEditAndWithdrawAndThePosterGetsTheExcelFile() throws IOException {
        Members m = membersOf(linkedBranch(-100_222_000_001L, 6_001), 6_010);
        Branch branch = m.branch();

        RecordedRequest post = publish(branch,
                "/gopy Kế hoạch tháng 6 hạn 20/12/2026 17h\nTổ chức ngày hội thanh niên.");
        String number = postNumber(post);
        assertThat(post.text()).contains("Kế hoạch tháng 6", "17:00 20/12/2026", "Tổ chức ngày hội thanh niên.");

        assertThat(postAndAwaitReply(replyTo(m.lan(), branch, post, "Đề nghị thêm hiến máu."), branch.chat()).text())
                .contains("ý kiến " + number + ".1");
        List<RecordedRequest> prompt = exchange(Updates.press(m.minh(), branch.chat(), post.resultMessageId(),
                "gy:c:" + number), m.minh().id());
        assertThat(prompt).singleElement().satisfies(p -> assertThat(p.text()).contains("Kế hoạch tháng 6"));
        RecordedRequest second = postAndAwaitReply(Updates.privateText(m.minh(), "Nên tổ chức vào cuối tuần."),
                m.minh().id());
        assertThat(second.text()).contains("ý kiến " + number + ".2");
        postAndAwaitReply(replyTo(m.minh(), branch, post, "Ý kiến sẽ rút lại."), branch.chat());
        exchange(Updates.press(m.hoa(), branch.chat(), post.resultMessageId(), "gy:p:" + number), branch.chat());

        RecordedRequest mine = postAndAwaitReply(Updates.press(m.lan(), branch.chat(), post.resultMessageId(),
                "gy:m:" + number), m.lan().id());
        postAndAwaitReply(Updates.press(m.lan(), m.lan().id(), mine.resultMessageId(), "gy:e:" + number + ":1"), m.lan().id());
        String edited = "Đề nghị thêm hiến máu vào tuần 2.";
        assertThat(postAndAwaitReply(Updates.privateText(m.lan(), edited), m.lan().id()).text())
                .contains("Đã sửa");
        RecordedRequest minhs = postAndAwaitReply(Updates.press(m.minh(), m.minh().id(), second.resultMessageId(),
                "gy:m:" + number), m.minh().id());
        assertThat(minhs.replyMarkup().findValuesAsText("callback_data")).contains("gy:w:" + number + ":3");
        assertThat(postAndAwaitReply(Updates.press(m.minh(), m.minh().id(), minhs.resultMessageId(),
                "gy:w:" + number + ":3"), m.minh().id()).text()).contains("Đã rút ý kiến " + number + ".3");

        List<RecordedRequest> inGroup = exchange(Updates.groupText(branch.secretary(), branch.chat(),
                "/gopy_ketqua " + number), branch.chat());
        assertThat(inGroup).singleElement().satisfies(r -> assertThat(r.text()).contains("tin nhắn riêng"));
        List<RecordedRequest> toPoster = sentTo(branch.secretary().id());
        RecordedRequest summary = toPoster.stream().filter(r -> r.is("sendMessage")).reduce((a, b) -> b).orElseThrow();
        assertThat(summary.text()).contains("Đã góp ý: <b>2</b>", "Không có ý kiến: <b>1</b>",
                "Chưa trả lời: <b>1</b>", "Nguyễn Thị Lan", "vào tuần 2", "Nên tổ chức vào cuối tuần.")
                .doesNotContain("sẽ rút lại");
        List<List<String>> rows = rows(toPoster.stream().filter(r -> r.is("sendDocument")).reduce((a, b) -> b)
                .orElseThrow());
        assertThat(rows.get(0)).startsWith("Số", "Họ và tên", "Chi đoàn", "Nội dung góp ý");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of(number + ".1", "Nguyễn Thị Lan", "Chi đoàn 6001", "Đề nghị thêm hiến máu vào tuần 2."),
                List.of(number + ".2", "Trần Văn Minh", "Chi đoàn 6001", "Nên tổ chức vào cuối tuần."));
    }

    @Test
    void anAnonymousPostShowsNoAuthorAnywhereThePosterSees() throws IOException {
        Branch branch = linkedBranch(-100_222_000_003L, 6_201);
        Person lan = new Person(6_211, "Đặng Thị", "Kín");
        joinByTheGroupButton(branch, lan);

        RecordedRequest post = publish(branch, "/gopy Dự thảo nghị quyết hạn 20/12/2026 ẩn danh\nNội dung.");
        RecordedRequest told = postAndAwaitReply(replyTo(lan, branch, post, "Trả lời trong nhóm."), branch.chat());
        assertThat(told.text()).as("a reply in the group is not taken").contains("ẩn danh").doesNotContain("#1");
        exchange(Updates.press(lan, branch.chat(), post.resultMessageId(), "gy:c:" + postNumber(post)), lan.id());
        postAndAwaitReply(Updates.privateText(lan, "Ý kiến không ghi tên."), lan.id());
        List<RecordedRequest> results = exchange(Updates.privateText(branch.secretary(),
                "/gopy_ketqua " + postNumber(post)), branch.secretary().id());

        assertThat(results).hasSize(2);
        assertThat(results.get(0).text()).contains("Ý kiến không ghi tên.").doesNotContain("Đặng Thị", "Kín");
        List<List<String>> rows = rows(results.get(1));
        assertThat(rows.get(0)).doesNotContain("Họ và tên");
        assertThat(rows.toString()).contains("Ý kiến không ghi tên.").doesNotContain("Đặng Thị");
        assertThat(sentTo(branch.chat()).stream().map(RecordedRequest::text).toList().toString())
                .as("what the group shows").doesNotContain("Đặng Thị Kín");
    }

    @Test
    void aMemberTheBotCouldNotWriteToFollowsTheGroupsLinkAndGetsThePromptAndTheThanks() {
        OnePost p = onePost(-100_222_000_004L, 6_301, new Person(6_311, "Vũ Thị", "Mai"), "Kế hoạch tháng 7");
        API.failNextWith("sendMessage", "error_403_cant_initiate_conversation.json");
        assertThat(exchange(p.pressComment(), p.member().id())).as("the private prompt met the 403").isEmpty();

        String again = p.pressComment();
        String link = deepLinkIn(exchange(again, p.branch().chat()));
        assertThat(toastOf(again)).as("no promise of a private message that cannot go").isNull();
        assertThat(link).as("the post's link: a token, not its number").matches(".*start=gy_[A-Za-z0-9]+");

        List<RecordedRequest> prompt = exchange(Updates.privateText(p.member(),
                "/start " + link.substring(link.indexOf("start=") + "start=".length())), p.member().id());
        assertThat(prompt).singleElement().satisfies(r -> assertThat(r.text()).contains("Kế hoạch tháng 7"));
        RecordedRequest thanks = postAndAwaitReply(Updates.privateText(p.member(), "Nên có thêm ngày hội đọc sách."),
                p.member().id());
        assertThat(thanks.text()).contains("Đã ghi nhận ý kiến " + p.number() + ".1");
    }

    @Test
    void aMemberWhoBlockedTheBotGetsTheLinkNotTheToastAndOnceTheyUnblockItTheToastAndThePrompt() {
        OnePost p = onePost(-100_222_000_005L, 6_401, new Person(6_411, "Đỗ Văn", "Tùng"), "Kế hoạch tháng 8");
        Person tung = p.member();
        exchange(Updates.botInPrivate(tung, API.botId(), API.botUsername(), "member", "kicked"), tung.id());
        int triedBefore = attemptsTo(tung.id());

        String blocked = p.pressComment();
        assertThat(deepLinkIn(exchange(blocked, p.branch().chat()))).matches(".*start=gy_[A-Za-z0-9]+");
        assertThat(toastOf(blocked)).isNull();
        assertThat(attemptsTo(tung.id())).as("nothing tried in the blocked chat").isEqualTo(triedBefore);

        exchange(Updates.botInPrivate(tung, API.botId(), API.botUsername(), "kicked", "member"), tung.id());
        String unblocked = p.pressComment();
        List<RecordedRequest> prompt = exchange(unblocked, tung.id());
        assertThat(prompt).singleElement().satisfies(r -> assertThat(r.text()).contains("Kế hoạch tháng 8"));
        assertThat(toastOf(unblocked)).isEqualTo("Mời bạn xem tin nhắn riêng với bot.");
    }

    /** A branch, a member who joined by its group's button, and a post for comment in its group. */
    private record OnePost(Branch branch, Person member, RecordedRequest post, String number) {
        /** The member presses «Góp ý» under the post in the group. */
        String pressComment() {
            return Updates.press(member, branch.chat(), post.resultMessageId(), "gy:c:" + number);
        }
    }

    private OnePost onePost(long chat, long base, Person member, String title) {
        Branch branch = linkedBranch(chat, base);
        joinByTheGroupButton(branch, member);
        RecordedRequest post = publish(branch, "/gopy " + title + " hạn 20/12/2026 17h\nNội dung.");
        return new OnePost(branch, member, post, postNumber(post));
    }

    /** The link of the group's "open the private chat" button among these messages. */
    private static String deepLinkIn(List<RecordedRequest> messages) {
        return messages.stream().filter(r -> r.replyMarkup() != null)
                .flatMap(r -> r.replyMarkup().findValuesAsText("url").stream()).findFirst()
                .orElseThrow(() -> new AssertionError("no link button in " + messages));
    }

    /** The toast the press got, or null if its answer showed none. */
    private static String toastOf(String press) {
        String callback = "cb" + updateId(press);
        return API.requests("answerCallbackQuery").stream().filter(r -> callback.equals(r.param("callback_query_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no answer to " + callback)).param("text");
    }

    private static int attemptsTo(long chat) {
        return (int) API.requests("sendMessage").stream().filter(r -> String.valueOf(chat).equals(r.chatId())).count();
    }
}
