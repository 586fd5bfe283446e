package vn.chidoan.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An .xlsx file the bot sent, read back with POI: one sheet row by row, each cell as Excel shows it. */
public final class SheetRows {

    private SheetRows() {
    }

    /** The first sheet. */
    public static List<List<String>> of(byte[] xlsx) {
        return of(xlsx, 0);
    }

    /** The sheet of that name. */
    public static List<List<String>> of(byte[] xlsx, String sheetName) {
        return of(xlsx, names(xlsx).indexOf(sheetName));
    }

    /** The names of the sheets, in order. */
    public static List<String> names(byte[] xlsx) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<List<String>> of(byte[] xlsx, int sheetIndex) {
        if (sheetIndex < 0) {
            throw new AssertionError("no such sheet");
        }
        DataFormatter format = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(sheetIndex)) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
