package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_nhap}, the rows: each is checked against the file and the roster (dates, phone numbers,
 * duplicates, namesakes, card numbers) and a file with a refused row is refused whole with each row's reason,
 * numbered as Excel shows it, and changes nothing.
 */
class RosterImportRowsTest extends RosterImportScenarioTest {
    @Test
    void aFileWithBadRowsAndDuplicatesIsRefusedWholeWithEachRowsReasonAndChangesNothing() {
        Turn checked = imports(workbook(List.of(
                row(null, "Trần Văn Hùng", "15/03/2008", "Nam"),
                row(null, "Phạm Thị Dung", LocalDate.of(2008, 5, 1), null, null, null, "0912345678"),
                row(null, "Lê Thị Mai", "31/02/2008"),
                row(null, "trần  văn hùng", "15/3/2008"),
                row(null, null, "01/01/2008"),
                row(null, "Ngô Văn Phúc", "01/01/2009", "Nam", null, null, "12345"),
                row(null, "Đỗ Thị Hoa", null, "Nữ"))));

        assertThat(checked.templates()).contains("record.import.refused").doesNotContain("record.import.report");
        assertThat(checked.buttons()).isEmpty();
        assertThat(checked.text()).contains("5 dòng chưa dùng được", "chưa ghi gì",
                "Dòng 4 (Lê Thị Mai): Mình không đọc được «31/02/2008» là ngày sinh",
                "Dòng 5 (trần văn hùng): Trùng với dòng 2",
                "Dòng 6: Thiếu họ và tên",
                "Dòng 7 (Ngô Văn Phúc): «12345» không phải số điện thoại Việt Nam",
                "Dòng 8 (Đỗ Thị Hoa): Thiếu ngày sinh",
                "thêm 1 người và sửa hồ sơ 1 người")
                .doesNotContain("Dòng 2 (", "Dòng 3 (");
        assertThat(plansKept()).isZero();
        assertThat(rosterNames()).containsExactly("Bí Thư Chi đoàn 12A1", "Phạm Thị Dung", "Vũ Văn Giang");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().field(Field.PHONE)).isEmpty();
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndRowsKeepTheNumbersExcelShows() {
        Attachment titled = files.document("ds.xlsx", Spreadsheet.named("ds").sheet("Đoàn viên",
                List.of("DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN 12A1"), List.of(List.of(), List.of("Ho va ten", "Ngay sinh"),
                        List.of("Trần Văn Hùng", "15/03/2008"), List.of("Lê Thị Mai", "30/02/2009"))).bytes());

        assertThat(imports(titled).text()).contains("Dòng 5 (Lê Thị Mai): Mình không đọc được «30/02/2009»",
                "thêm 1 người");
    }

    @Test
    void aNamesakeWithAnotherBirthDateIsTheMemberByTheirNumberOrSomeoneNewByMoiAndCardsAreOneAPerson() {
        s.corrects(s.secretary, s.dung, Field.BIRTH_DATE, "15/03/2008");
        s.corrects(s.secretary, s.giang, Field.CARD_NUMBER, "HN000001");

        Turn namesake = imports(workbook(List.of(row(null, "Phạm Thị Dung", "01/05/2008"),
                row(null, "Trần Văn Hùng", "15/03/2008", null, null, "hn000001"),
                row(null, "Lê Thị Mai", "01/09/2009", null, null, "HN123456"),
                row(null, "Ngô Văn Phúc", "01/01/2009", null, null, "HN123456"))));

        assertThat(namesake.text()).contains("Dòng 2 (Phạm Thị Dung): Danh sách đã có Phạm Thị Dung (số 2, sinh"
                + " 15/03/2008) với ngày sinh khác", "ghi 2 vào cột STT", "ghi mới vào cột STT",
                "Dòng 3 (Trần Văn Hùng): Số thẻ hn000001 là của Vũ Văn Giang (số 3",
                "Dòng 5 (Ngô Văn Phúc): Số thẻ HN123456 đã ghi ở dòng 4");
        assertThat(plansKept()).isZero();

        Turn resolved = imports(workbook(List.of(row(2L, "Phạm Thị Dung", "01/05/2008"),
                row("mới", "Phạm Thị Dung", "20/10/2009"))));
        s.bot.inPrivate(s.secretary).presses(resolved.buttonData("hsn:"));

        assertThat(resolved.text()).contains("Thêm 1 người", "Sửa hồ sơ 1 người");
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().birthDate()).contains(LocalDate.of(2008, 5, 1));
        assertThat(rosterNames()).containsOnlyOnce("Bí Thư Chi đoàn 12A1").filteredOn("Phạm Thị Dung"::equals)
                .hasSize(2);
    }
}
