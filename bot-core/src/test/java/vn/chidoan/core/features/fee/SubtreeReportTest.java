package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * An officer's {@code /doanphi_no}: the collection of every branch below their unit (members, expected,
 * collected, passed up), the branches that collected nothing and those without a book, with the .xlsx file.
 */
class SubtreeReportTest extends FeeScenarioTest {

    @Test
    void anOfficerSeesTheSubtreesCollectionAndGetsTheFile() {
        Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn 12A2", "-301");
        s.openWithAccount();
        s.secretary("/doanphi nop 2, 3");
        s.secretary("/doanphi capnop T3 1k");

        Turn report = s.inPrivate(s.officer, "/doanphi_no T3");

        assertThat(report.text()).contains("Đoàn phí Tỉnh đoàn Hà Nam", "T3/2026",
                "2 chi đoàn, 5 đoàn viên", "phải thu đến nay 8.000 đ", "đã thu 4.000 đ (50%)",
                "đã trích nộp 1.000 đ", "Chưa mở sổ đoàn phí: 1 chi đoàn");
        Attachment file = report.messages().stream().map(m -> m.message().attachment()).filter(a -> a != null)
                .findFirst().orElseThrow();
        assertThat(file.fileName()).endsWith(".xlsx");
        List<List<String>> branches = SheetRows.of(file.content(), 0);
        assertThat(branches.get(0)).containsExactly("Đơn vị", "Chi đoàn", "Đoàn viên", "Sổ đoàn phí",
                "Phải thu đến nay", "Đã thu", "Tỉ lệ (%)", "Đã trích nộp");
        assertThat(branches).anySatisfy(row -> assertThat(row).contains("Chi đoàn 12A1", "4", "8000", "4000", "1000"));
        assertThat(branches).anySatisfy(row -> assertThat(row).contains("Chi đoàn 12A2"));
    }

    @Test
    void aMemberCannotAskForTheSubtree() {
        s.openWithAccount();

        Turn tried = s.inPrivate(s.an, "/doanphi_no");

        assertThat(tried.text()).doesNotContain("Đoàn phí Tỉnh đoàn Hà Nam", "Còn nợ đoàn phí —");
        assertThat(tried.messages()).allSatisfy(m -> assertThat(m.message().attachment()).isNull());
    }
}
