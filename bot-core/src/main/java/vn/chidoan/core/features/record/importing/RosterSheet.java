package vn.chidoan.core.features.record.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.features.record.Field;
import vn.chidoan.core.features.record.FieldInput;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Reads a roster sheet: the first row with anything in it names the columns, by the headers of
 * {@code /thanhvien_xuat} and {@code /thanhvien_mau} in either language (with or without diacritics, in
 * any order); «Họ và tên» and «Ngày sinh» must be there. Every later row with a name or a field is read
 * with {@link FieldInput} (dates with the one date parser, phones with libphonenumber) and keeps every
 * reason it cannot be used (a missing date of birth is a reason only for someone new:
 * {@link ImportCheck}). Status and role columns are not read: operations on the card change those.
 */
final class RosterSheet {
    /** A name as the roster takes it ({@code /thanhvien_them}'s bounds). */
    static final int NAME_MIN = 2;
    static final int NAME_MAX = 80;
    static final String HEADER_KEY = "record.export.header";
    /** The STT cell of a row that is someone new even though the roster has someone of that name. */
    static final String NEW = "moi";

    /** What a column holds: index 0 of the header is the number, 1 the name, then the fields in order. */
    private record Columns(Integer number, Integer name, Map<Field, Integer> fields) {
    }

    private RosterSheet() {
    }

    /** The rows after the header; {@link BadInput} {@code record.import.missing_columns} without names or dates of birth. */
    static List<SheetRow> read(List<List<Object>> cells, Texts texts, LocalDate today) {
        int headerAt = 0;
        while (headerAt < cells.size() && cells.get(headerAt).stream().allMatch(c -> c == null)) {
            headerAt++;
        }
        if (headerAt == cells.size()) {
            throw new BadInput("record.import.empty");
        }
        Columns columns = columns(cells.get(headerAt), texts);
        List<SheetRow> rows = new ArrayList<>();
        for (int i = headerAt + 1; i < cells.size(); i++) {
            row(i + 1, cells.get(i), columns, today).ifPresent(rows::add);
        }
        return rows;
    }

    private static Columns columns(List<Object> header, Texts texts) {
        Map<String, Integer> known = new HashMap<>();
        for (String lang : Texts.LANGUAGES) {
            String[] labels = texts.plain(HEADER_KEY, lang).split("\\|");
            for (int i = 0; i < labels.length; i++) {
                known.putIfAbsent(key(labels[i]), i);
            }
        }
        known.putIfAbsent("sothutu", 0);
        Integer number = null;
        Integer name = null;
        Map<Field, Integer> fields = new EnumMap<>(Field.class);
        for (int c = 0; c < header.size(); c++) {
            Integer kind = header.get(c) == null ? null : known.get(key(header.get(c).toString()));
            if (kind == null) {
                continue;
            }
            if (kind == 0) {
                number = c;
            } else if (kind == 1) {
                name = c;
            } else if (kind - 2 < Field.values().length) {
                fields.putIfAbsent(Field.values()[kind - 2], c);
            }
        }
        if (name == null || !fields.containsKey(Field.BIRTH_DATE)) {
            throw new BadInput("record.import.missing_columns");
        }
        return new Columns(number, name, fields);
    }

    private static Optional<SheetRow> row(int number, List<Object> cells, Columns columns, LocalDate today) {
        String name = text(cell(cells, columns.name()));
        List<SheetRow.Refusal> refusals = new ArrayList<>();
        Map<Field, Object> fields = new EnumMap<>(Field.class);
        for (Map.Entry<Field, Integer> column : columns.fields().entrySet()) {
            Object value = cell(cells, column.getValue());
            if (value == null || text(value).isEmpty()) {
                continue;
            }
            try {
                fields.put(column.getKey(), FieldInput.read(column.getKey(), value, today));
            } catch (BadInput bad) {
                refusals.add(new SheetRow.Refusal(bad.templateKey(), bad.model()));
            }
        }
        if (name.isEmpty() && fields.isEmpty() && refusals.isEmpty()) {
            return Optional.empty(); // a blank row, or one the template numbered and nobody filled
        }
        if (name.isEmpty()) {
            refusals.add(0, new SheetRow.Refusal("record.import.refused.no_name", Map.of()));
        } else if (Arguments.nameOrNull(name, NAME_MIN, NAME_MAX) == null) {
            refusals.add(0, new SheetRow.Refusal("record.import.refused.bad_name", Map.of("text", name,
                    "min", NAME_MIN, "max", NAME_MAX)));
        }
        String cleanName = name.isEmpty() ? "" : Optional.ofNullable(Arguments.nameOrNull(name, NAME_MIN, NAME_MAX))
                .orElse(name);
        return Optional.of(new SheetRow(number, text(cell(cells, columns.number())), cleanName, fields, refusals));
    }

    private static Object cell(List<Object> cells, Integer column) {
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell instanceof LocalDate ? cell.toString() : cell.toString().strip();
    }

    /** A header as it is compared: no case, no diacritics, letters and digits only. */
    private static String key(String header) {
        return DateInput.plain(header).replaceAll("[^a-z0-9]", "");
    }
}
