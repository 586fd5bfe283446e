package vn.chidoan.core.kernel.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chidoan.core.kernel.chat.Attachment;

/**
 * An .xlsx file of one or more sheets, each a header row and data rows. Numbers stay numbers,
 * dates are real dates shown {@code dd/MM/yyyy} (with {@code HH:mm} when they carry a time),
 * anything else is text. The header is bold, frozen and filterable, so a secretary can sort the
 * file in Excel at once.
 */
public final class Spreadsheet {
    public static final String MIME_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String fileName;
    private final List<Table> tables = new ArrayList<>();

    private Spreadsheet(String fileName) {
        this.fileName = fileName.endsWith(".xlsx") ? fileName : fileName + ".xlsx";
    }

    public static Spreadsheet named(String fileName) {
        return new Spreadsheet(fileName);
    }

    /** Adds a sheet; {@code rows} hold String, Number, LocalDate, LocalDateTime or null cells. */
    public Spreadsheet sheet(String name, List<String> header, List<? extends List<?>> rows) {
        tables.add(new Table(name, List.copyOf(header), List.copyOf(rows)));
        return this;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            for (Table table : tables) {
                table.writeTo(workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name())), styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + fileName, e);
        }
    }

    /** The file as a document to send. */
    public Attachment toAttachment() {
        return Attachment.generated(Attachment.Kind.DOCUMENT, fileName, MIME_TYPE, bytes());
    }

    private record Styles(CellStyle header, CellStyle date, CellStyle dateTime) {
        Styles(XSSFWorkbook workbook) {
            this(headerStyle(workbook), formatted(workbook, "dd/mm/yyyy"), formatted(workbook, "dd/mm/yyyy hh:mm"));
        }

        private static CellStyle headerStyle(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle style = workbook.createCellStyle();
            style.setFont(bold);
            return style;
        }

        private static CellStyle formatted(XSSFWorkbook workbook, String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
            return style;
        }
    }

    private record Table(String name, List<String> header, List<? extends List<?>> rows) {
        void writeTo(Sheet sheet, Styles styles) {
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = top.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(styles.header());
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<?> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    if (values.get(c) != null) {
                        write(row.createCell(c), values.get(c), styles);
                    }
                }
            }
            if (!header.isEmpty()) {
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, header.size() - 1));
                for (int c = 0; c < header.size(); c++) {
                    sheet.setColumnWidth(c, width(c));
                }
            }
        }

        /** Column width from the longest text in it, within Excel's limits (units of 1/256 char). */
        private int width(int column) {
            int longest = header.get(column).length();
            for (List<?> row : rows) {
                if (column < row.size() && row.get(column) != null) {
                    longest = Math.max(longest, row.get(column).toString().length());
                }
            }
            return Math.min(80, Math.max(8, longest + 2)) * 256;
        }

        private static void write(Cell cell, Object value, Styles styles) {
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof LocalDateTime moment) {
                cell.setCellValue(moment);
                cell.setCellStyle(styles.dateTime());
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(styles.date());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
