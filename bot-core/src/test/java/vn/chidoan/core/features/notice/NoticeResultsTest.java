package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * What the sender learns of a notice: the results per sub-unit and their Excel rows.
 */
class NoticeResultsTest extends NoticeScenarioTest {
    @Test
    void theResultsCountPerSubUnitListTheBranchesThatHaveNotAndTheExcelFileHasARowPerBranch() {
        provinceSendsWithADeadline("Báo cáo sơ kết quý I.");
        press(s.a1.groupId(), s.a1.secretary(), "tb:a:1");
        press(s.a1.groupId(), s.lan, "tb:a:1");
        press(s.a1.groupId(), s.minh, "tb:a:1");

        Turn results = s.bot.inPrivate(s.province).says("/thongbao_ketqua 1");
        Turn districtAsks = s.bot.inPrivate(s.kimBang).says("/thongbao_ketqua 1");

        assertThat(results.text()).contains("Kết quả thông báo #1: Báo cáo sơ kết quý I.",
                "Đã xác nhận «Đã nhận»: 1/3 chi đoàn · Chưa: 2", "Lượt đoàn viên báo đã xem: 2",
                "Huyện đoàn Kim Bảng: 1/2 đã xác nhận, 2 lượt xem", "Huyện đoàn Bình Lục: 0/1 đã xác nhận",
                "Chi đoàn A2 (Huyện đoàn Kim Bảng)", "Chi đoàn B1 (Huyện đoàn Bình Lục)")
                .doesNotContain("Chi đoàn A1 (");
        RecordingOutbox.Sent file = results.messages().stream().filter(m -> m.message().attachment() != null)
                .findFirst().orElseThrow();
        List<List<String>> rows = SheetRows.of(file.message().attachment().content());
        assertThat(rows.get(0)).containsExactly("Đơn vị", "Chi đoàn", "Đã xác nhận", "Người xác nhận",
                "Thời điểm xác nhận", "Đoàn viên đã xem");
        assertThat(rows.subList(1, rows.size())).extracting(row -> row.subList(0, 4)).containsExactly(
                List.of("Huyện đoàn Bình Lục", "Chi đoàn B1", "Chưa", ""),
                List.of("Huyện đoàn Kim Bảng", "Chi đoàn A1", "Đã nhận", "Bí Thư Chi đoàn A1"),
                List.of("Huyện đoàn Kim Bảng", "Chi đoàn A2", "Chưa", ""));
        assertThat(rows.get(2).get(5)).isEqualTo("2");
        assertThat(districtAsks.templates()).as("a district is below the province's notice")
                .contains("notice.results.not_yours");
    }
}
