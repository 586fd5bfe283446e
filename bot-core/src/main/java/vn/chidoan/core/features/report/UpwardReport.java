package vn.chidoan.core.features.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.export.Spreadsheet;

/**
 * The quarterly report upward: one sheet, a row per sub-unit and a total row, in the layout the unit
 * chose ({@code /baocao caidat mau=…}). A layout is a template, {@code report.layout.<name>}: one column a
 * line, {@code <column> | <header>}, so a unit's layout is changed in the templates without code and its
 * headers follow the language. Columns: see {@link #value}.
 */
@Component
class UpwardReport {

    Spreadsheet book(String unitName, ReportPeriod period, Map<String, Totals> perUnit, List<Standing> standings,
            Totals all, String layout, Labels labels) {
        List<String> columns = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String line : labels.text("report.layout." + layout).split("\n")) {
            String[] parts = line.split("\\|", 2);
            if (parts.length == 2 && !parts[0].isBlank()) {
                columns.add(parts[0].strip());
                header.add(parts[1].strip());
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        perUnit.forEach((unit, totals) -> rows.add(row(columns, unit,
                standings.stream().filter(s -> s.subUnit().equals(unit)).toList(), totals)));
        rows.add(row(columns, labels.text("report.upward.total", Map.of("name", unitName)), standings, all));
        return Spreadsheet.named("baocao-len-" + period.tag())
                .sheet(labels.text("report.upward.sheet", period.model()), header, rows);
    }

    private static List<Object> row(List<String> columns, String name, List<Standing> branches, Totals totals) {
        List<Object> row = new ArrayList<>();
        columns.forEach(column -> row.add(value(column, name, branches, totals)));
        return row;
    }

    /** One cell of a sub-unit's row; an unknown column stays empty. */
    static Object value(String column, String name, List<Standing> branches, Totals totals) {
        return switch (column) {
            case "unit" -> name;
            case "branches" -> branches.size();
            case "members" -> totals.done(FigureKeys.MEMBER_COUNT);
            case "joined" -> totals.done(FigureKeys.JOINED);
            case "left" -> totals.done(FigureKeys.LEFT);
            case "meetings" -> totals.done(FigureKeys.HELD);
            case "attended" -> totals.done(FigureKeys.ATTENDED);
            case "attendance_rate" -> totals.percent(FigureKeys.ATTENDED);
            case "fee_collected" -> totals.done(FigureKeys.FEE_COLLECTED);
            case "fee_due" -> totals.get(FigureKeys.FEE_COLLECTED).expected();
            case "fee_rate" -> totals.percent(FigureKeys.FEE_COLLECTED);
            case "fee_passed_up" -> totals.done(FigureKeys.FEE_PASSED_UP);
            case "notices" -> totals.done(FigureKeys.NOTICES_RECEIVED);
            case "notices_acked" -> totals.done(FigureKeys.NOTICES_ACKNOWLEDGED);
            case "notice_rate" -> totals.percent(FigureKeys.NOTICES_ACKNOWLEDGED);
            case "registrations" -> totals.done(FigureKeys.REGISTERED);
            case "poll_answers" -> totals.done(FigureKeys.POLLS_ANSWERED);
            case "comment_answers" -> totals.done(FigureKeys.COMMENTS_ANSWERED);
            case "score" -> branches.isEmpty() ? 0
                    : Math.round(branches.stream().mapToDouble(Standing::score).average().orElse(0));
            case "attention" -> branches.stream().filter(s -> !s.attention().isEmpty()).count();
            default -> null;
        };
    }
}
