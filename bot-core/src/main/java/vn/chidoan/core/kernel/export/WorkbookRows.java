package vn.chidoan.core.kernel.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.chidoan.core.kernel.chat.BadInput;

/**
 * The first sheet of an .xlsx file someone sent, as rows of cells: text (stripped), whole numbers as
 * {@link Long}, other numbers as {@link Double}, date cells as {@link LocalDate}, empty cells as null,
 * formulas by their cached value. Row {@code i} of the list is the sheet's row {@code i + 1} as Excel
 * numbers it (blank rows stay, empty, so the numbers match). The one .xlsx reader every import uses.
 */
public final class WorkbookRows {
    private WorkbookRows() {
    }

    /**
     * The rows, at most {@code maxRows}; {@link BadInput} {@code files.not_xlsx} for what is no .xlsx
     * workbook and {@code files.too_many_rows} (with the limit) for a longer sheet.
     */
    public static List<List<Object>> read(byte[] xlsx, int maxRows) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            if (book.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > maxRows) {
                throw new BadInput("files.too_many_rows", Map.of("max", maxRows));
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r)));
            }
            return rows;
        } catch (IOException | RuntimeException notAWorkbook) {
            if (notAWorkbook instanceof BadInput bad) {
                throw bad;
            }
            throw new BadInput("files.not_xlsx");
        }
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(value(row.getCell(c)));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1) == null) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> text(cell.getStringCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : number(cell.getNumericCellValue());
            default -> null;
        };
    }

    private static Object text(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static Object number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }
}
