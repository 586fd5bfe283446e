package vn.chidoan.core.features.record.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /thanhvien_nhap}, the file: the command alone asks for it; what is not an Excel roster (another kind
 * of file, a broken one, one too large, one without the name and birth-date columns, one the platform cannot
 * give, one with too many rows) is refused with what to do, and nothing is kept.
 */
class RosterImportFileTest extends RosterImportScenarioTest {
    @Test
    void theCommandAloneAsksForTheFileAndExplainsWhatElseItNeeds() {
        assertThat(s.bot.inPrivate(s.secretary).says("/thanhvien_nhap").templates())
                .containsExactly("record.import.ask_file");
        assertThat(s.bot.inPrivate(s.secretary).says("danh sách đây").templates())
                .containsExactly("record.import.send_file");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("anh.jpg", new byte[] {1, 2}), "").templates())
                .containsExactly("record.import.not_xlsx");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("hong.xlsx", new byte[] {1, 2}), "").templates())
                .containsExactly("files.not_xlsx");
        assertThat(s.bot.inPrivate(s.secretary).sends(files.document("lon.xlsx", new byte[Importer.MAX_BYTES + 1]), "")
                .templates()).contains("files.too_large");

        Turn read = s.bot.inPrivate(s.secretary).sends(workbook(List.of(row(null, "Trần Văn Hùng", "15/03/2008"))),
                "");

        assertThat(read.templates()).contains("record.import.report");
        assertThat(s.bot.inPrivate(s.secretary).says("còn gì nữa?").templates())
                .doesNotContain("record.import.send_file");
    }

    @Test
    void aSheetWithoutNameOrBirthColumnsIsRefusedWithTheColumnsItNeeds() {
        Attachment file = files.document("sai.xlsx", Spreadsheet.named("sai").sheet("x", List.of("Tên", "Lớp"),
                List.of(List.of("An", "12A1"))).bytes());

        assertThat(imports(file).templates()).contains("record.import.missing_columns");
        assertThat(plansKept()).isZero();
    }

    @Test
    void aFileThePlatformCannotGiveOrWithTooManyRowsIsRefusedWithWhatToDo() {
        Attachment gone = Attachment.inbound(Attachment.Kind.DOCUMENT, "gone", "ds.xlsx", Spreadsheet.MIME_TYPE);
        List<List<Object>> many = java.util.stream.IntStream.rangeClosed(1, Importer.MAX_ROWS + 1)
                .mapToObj(n -> row(null, "Người Thứ " + n, "15/03/2008")).toList();

        assertThat(imports(gone).templates()).contains("files.unreadable");
        assertThat(imports(workbook(many)).templates()).contains("files.too_many_rows");
        assertThat(plansKept()).isZero();
        assertThat(rosterNames()).hasSize(3);
    }
}
