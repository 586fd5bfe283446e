package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.Gender;
import vn.chidoan.core.features.record.RecordScenario;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.org.member.status.FeeCategory;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_mau} and the round trip: the template, filled in as a secretary does in Excel, imports;
 * the roster exported with {@code /thanhvien_xuat} and sent back finds nothing to change.
 */
class RosterTemplateTest extends RosterImportScenarioTest {
    private static Attachment fileOf(Turn turn) {
        return turn.messages().stream().map(m -> m.message().attachment()).filter(Objects::nonNull).findFirst()
                .orElseThrow(() -> new AssertionError("no file in " + turn));
    }

    /** Types the rows into the template's first sheet below its header, every cell as text. */
    private static byte[] filledIn(byte[] template, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (List<String> cells : rows) {
                Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateHasTheColumnsAnImportReadsNoRowsAndAGuide() {
        Attachment template = fileOf(s.bot.inGroup(RecordScenario.GROUP, s.secretary).says("/thanhvien_mau"));

        assertThat(template.fileName()).isEqualTo("mau-danh-sach-doan-vien.xlsx");
        assertThat(SheetRows.of(template.content())).containsExactly(RosterImportScenarioTest.HEADER);
        assertThat(SheetRows.of(template.content(), 1)).extracting(row -> row.get(0))
                .contains("Cột", "Họ và tên", "Ngày sinh", "Số điện thoại");
        assertThat(s.bot.inPrivate(s.dung).says("/thanhvien_mau").templates()).contains("pipeline.refused.bch");
    }

    @Test
    void aFilledInTemplateImportsAndTheExportedRosterReadsBackAsNothingToChange() throws IOException {
        Attachment template = fileOf(s.bot.inPrivate(s.secretary).says("/thanhvien_mau"));
        byte[] filled = filledIn(template.content(), List.of(
                List.of("", "Trần Văn Hùng", "15/03/2008", "Nam", "26/03/2023", "HN123456", "0912 345 678",
                        "không thu nhập"),
                List.of("2", "Phạm Thị Dung", "01-05-2008", "nữ", "", "", "", "có thu nhập")));

        Turn checked = s.bot.inPrivate(s.secretary).sends(files.document("mau-da-dien.xlsx", filled),
                "/thanhvien_nhap");
        Turn confirmed = s.bot.inPrivate(s.secretary).presses(checked.buttonData("hsn:"));

        assertThat(confirmed.templates()).contains("record.import.applied");
        assertThat(s.records.find(named("Trần Văn Hùng")).orElseThrow().fields())
                .containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 3, 15)).containsEntry(Field.GENDER, Gender.MALE)
                .containsEntry(Field.JOINED_UNION, LocalDate.of(2023, 3, 26))
                .containsEntry(Field.CARD_NUMBER, "HN123456").containsEntry(Field.PHONE, "+84912345678")
                .containsEntry(Field.FEE_CATEGORY, FeeCategory.LOW);
        assertThat(s.records.find(s.person(s.dung)).orElseThrow().fields())
                .containsEntry(Field.BIRTH_DATE, LocalDate.of(2008, 5, 1)).containsEntry(Field.GENDER, Gender.FEMALE)
                .containsEntry(Field.FEE_CATEGORY, FeeCategory.INCOME);

        Attachment exported = fileOf(s.bot.inPrivate(s.secretary).says("/thanhvien_xuat"));
        Turn again = s.bot.inPrivate(s.secretary).sends(files.document(exported.fileName(), exported.content()),
                "/thanhvien_nhap");

        assertThat(again.templates()).contains("record.import.nothing").doesNotContain("record.import.refused");
        assertThat(again.text()).contains("4 người đã có đủ thông tin");
    }
}
