package vn.chidoan.core.kernel.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;

class SpreadsheetTest {

    @Test
    void writesTypedCellsUnderABoldHeaderOnEverySheet() throws IOException {
        Spreadsheet file = Spreadsheet.named("gop-y-12")
                .sheet("Góp ý", List.of("STT", "Họ và tên", "Ngày", "Lúc"),
                        List.of(List.of(1, "Nguyễn Thị Hoa", LocalDate.of(2026, 12, 3), LocalDateTime.of(2026, 12, 3, 19, 30)),
                                Arrays.asList(2, "Trần Văn Nam", null, null)))
                .sheet("Tổng hợp", List.of("Chi đoàn", "Đã góp ý"), List.of(List.of("Chi đoàn 1", 12L)));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file.bytes()))) {
            Sheet comments = book.getSheet("Góp ý");
            assertThat(comments.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(book.getFontAt(comments.getRow(0).getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(comments.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(comments.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nguyễn Thị Hoa");
            assertThat(DateUtil.isCellDateFormatted(comments.getRow(1).getCell(2))).isTrue();
            assertThat(comments.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 12, 3));
            assertThat(comments.getRow(1).getCell(3).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2026, 12, 3, 19, 30));
            assertThat(comments.getRow(2).getCell(2)).isNull();
            assertThat(comments.getLastRowNum()).isEqualTo(2);
            assertThat(book.getSheet("Tổng hợp").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.0);
        }
    }

    @Test
    void isADocumentAttachmentNamedXlsx() {
        Attachment file = Spreadsheet.named("diem-danh").sheet("A", List.of("x"), List.of()).toAttachment();

        assertThat(file.kind()).isEqualTo(Attachment.Kind.DOCUMENT);
        assertThat(file.fileName()).isEqualTo("diem-danh.xlsx");
        assertThat(file.mimeType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(file.content()).startsWith(new byte[] {'P', 'K'});
    }
}
