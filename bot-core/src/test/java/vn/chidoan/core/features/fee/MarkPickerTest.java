package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.Turn;

/**
 * "Đánh dấu đã nộp" under the BCH's overview: the names of those who have not paid the period, page by page,
 * sent privately; a press on a name records what remains for them, once; a member cannot use it.
 */
class MarkPickerTest extends FeeScenarioTest {

    @Test
    void theBchPicksANameFromThePrivateListAndThePaymentIsRecordedOnce() {
        s.openWithAccount();
        Turn overview = s.secretary("/doanphi");

        Turn opened = s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(menu(overview));

        assertThat(opened.toast()).contains("Đã gửi vào chat riêng");
        RecordingOutbox.Sent list = privately(opened);
        assertThat(list.text()).contains("Đánh dấu đã nộp T3/2026", "còn 4 người chưa nộp đủ (trang 1/1)");
        assertThat(list.buttons()).extracting(Button::label).contains("2. Nguyễn Văn An — 2.000 đ",
                "4. Lê Minh Chi — 2.000 đ");
        String an = list.buttons().stream().filter(b -> b.label().startsWith("2. ")).findFirst().orElseThrow().data();

        Turn marked = s.bot.inPrivate(s.secretary).presses(an);
        Turn again = s.bot.inPrivate(s.secretary).presses(an);

        assertThat(marked.text()).contains("Phiếu số 1: Nguyễn Văn An đã nộp 2.000 đ (T3/2026)");
        assertThat(again.text()).contains("đã nộp đủ T3/2026 rồi");
        assertThat(s.ledger().payments()).hasSize(1);
    }

    @Test
    void aBchTheBotCannotWriteToIsToldHowToOpenThePrivateChatNotThatTheListWasSent() {
        s.openWithAccount();
        Turn overview = s.secretary("/doanphi");
        s.bot.outbox().unreachable(s.secretary.ref().privateChat());

        Turn opened = s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(menu(overview));

        assertThat(opened.toast()).contains("Hãy mở chat riêng với bot trước").doesNotContain("Đã gửi");
        assertThat(opened.messages()).as("no list names amounts in the group, none goes unread")
                .noneMatch(m -> m.text().contains("Đánh dấu đã nộp"));
    }

    @Test
    void aLongRosterComesPageByPage() {
        for (String name : List.of("Phạm Dung", "Hoàng Giang", "Vũ Hà", "Đỗ Khoa", "Bùi Lan", "Ngô Minh")) {
            Scenarios.joined(s.bot, s.branch, name);
        }
        s.openWithAccount();

        RecordingOutbox.Sent first = privately(s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(menu(s.secretary("/doanphi"))));
        String next = first.buttons().stream().filter(b -> b.label().equals("Trang sau ▶")).findFirst().orElseThrow().data();
        RecordingOutbox.Sent second = privately(s.bot.inPrivate(s.secretary).presses(next));

        assertThat(first.text()).contains("còn 10 người", "trang 1/2");
        assertThat(first.buttons()).hasSize(MarkPicker.PAGE_SIZE + 1);
        assertThat(second.text()).contains("trang 2/2");
        assertThat(second.buttons()).extracting(Button::label).containsExactly("9. Bùi Lan — 2.000 đ",
                "10. Ngô Minh — 2.000 đ");
    }

    @Test
    void aMembersPressOnTheMenuOrANameIsRefused() {
        s.openWithAccount();
        String menu = menu(s.secretary("/doanphi"));
        String name = BookButtons.data(BookButtons.MARK, s.statement(s.an).member().fee().code() + ":202603");

        assertThat(s.bot.inGroup(FeeScenario.GROUP, s.an).presses(menu).toast()).contains("BCH chi đoàn mới làm được");
        assertThat(s.bot.inPrivate(s.an).presses(name).toast()).contains("BCH chi đoàn mới làm được");
        assertThat(s.ledger().payments()).isEmpty();
    }

    private static String menu(Turn overview) {
        return overview.buttons().stream().filter(b -> b.label().equals("Đánh dấu đã nộp")).findFirst().orElseThrow()
                .data();
    }

    private RecordingOutbox.Sent privately(Turn turn) {
        return turn.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing private in " + turn));
    }
}
