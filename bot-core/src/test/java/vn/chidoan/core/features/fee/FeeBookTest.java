package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * The BCH's view of the book: who owes what ({@code /doanphi_no}), the book as an .xlsx file (a row per
 * member with each month, the records with their corrections, what was passed up), and the amount passed
 * up to the upper level for a period; all sent privately.
 */
class FeeBookTest extends FeeScenarioTest {

    @Test
    void whoOwesListsTheMembersWithTheirAmountsAndTheTotalsPrivately() {
        s.openWithAccount();
        s.secretary("/doanphi nop 1, 2");
        s.setTime(4, 3, 9);

        Turn owed = s.secretary("/doanphi_no");

        assertThat(owed.messages()).filteredOn(m -> m.chat().equals(s.branch.group())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("tin nhắn riêng"));
        String privately = privateText(owed);
        assertThat(privately).contains("Còn nợ đoàn phí — Chi đoàn 12A1", "T4/2026",
                "3. Trần Thị Bình (" + code(s.binh) + "): 4.000 đ — T3/2026, T4/2026",
                "4. Lê Minh Chi (" + code(s.chi) + "): 4.000 đ",
                "2. Nguyễn Văn An (" + code(s.an) + "): 2.000 đ — T4/2026",
                "Tổng: 4 người, 12.000 đ", "Đã thu T4/2026: 0/8.000 đ");
    }

    @Test
    void theBookFileHasARowPerMemberTheRecordsWithTheirCorrectionsAndWhatWasPassedUp() {
        s.openWithAccount();
        s.secretary("/doanphi trichnop 30");
        s.secretary("/doanphi nop 2, 3");
        s.secretary("/doanphi huy 2 ghi nhầm người");
        Turn remitted = s.secretary("/doanphi capnop T3 1k");

        assertThat(remitted.text()).contains("Đã ghi trích nộp T3/2026: 1.000 đ", "theo tỉ lệ 30% của 2.000 đ đã thu là 600 đ");
        Attachment file = privateFile(s.secretary("/doanphi xuat"));

        assertThat(file.fileName()).isEqualTo("so-doan-phi-2026.xlsx");
        List<List<String>> book = SheetRows.of(file.content(), 0);
        assertThat(book.get(0)).containsSubsequence("STT", "Họ tên", "Mã đoàn viên", "Nhóm", "T1/2026", "T12/2026",
                "Phải nộp đến nay", "Đã nộp", "Còn nợ");
        assertThat(book).anySatisfy(row -> assertThat(row).startsWith("2", "Nguyễn Văn An", code(s.an))
                .endsWith("2000", "2000", "0"));
        assertThat(book).anySatisfy(row -> assertThat(row).startsWith("3", "Trần Thị Bình").endsWith("2000", "0", "2000"));
        assertThat(book.get(book.size() - 1)).endsWith("8000", "2000", "6000");
        List<List<String>> records = SheetRows.of(file.content(), 1);
        assertThat(records).hasSize(4);
        assertThat(records.get(3)).contains("3", "Trần Thị Bình", "-2000", "ghi nhầm người").last().isEqualTo("2");
        assertThat(SheetRows.of(file.content(), 2).get(1)).startsWith("T3/2026", "1000", "Bí Thư Chi đoàn 12A1");
    }

    @Test
    void aPeriodTheBotCannotReadIsRefusedWithAnExample() {
        s.openWithAccount();

        Turn refused = s.secretary("/doanphi xuat tuần sau");

        assertThat(refused.text()).contains("«tuần sau»");
        assertThat(refused.messages()).allSatisfy(m -> assertThat(m.message().attachment()).isNull());
    }

    @Test
    void aMemberCannotSeeWhoOwesOrTheBook() {
        s.openWithAccount();

        assertThat(s.bot.inGroup(FeeScenario.GROUP, s.an).says("/doanphi xuat").text()).contains("chỉ BCH chi đoàn");
        assertThat(s.bot.inPrivate(s.an).says("/doanphi capnop T3 1k").text()).contains("chỉ BCH chi đoàn");
    }

    private String code(vn.chidoan.core.kernel.chat.Speaker who) {
        return s.statement(who).member().fee().codeText();
    }

    private String privateText(Turn turn) {
        return String.join("\n", turn.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .map(RecordingOutbox.Sent::text).toList());
    }

    private Attachment privateFile(Turn turn) {
        return turn.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .map(m -> m.message().attachment()).filter(a -> a != null).findFirst()
                .orElseThrow(() -> new AssertionError("no private file in " + turn));
    }
}
