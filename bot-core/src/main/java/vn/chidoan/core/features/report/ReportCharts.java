package vn.chidoan.core.features.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.export.Charts;

/**
 * The charts of a report: attendance by month as lines (one per branch or sub-unit; a month without a
 * meeting is a gap, not a zero), rates and counts as bars. Titles and labels come from templates.
 */
final class ReportCharts {
    static final String ATTENDED = FigureKeys.ATTENDED;
    /** The rates a branch's bars show, where it has a base for them. */
    static final List<String> RATES = List.of(ATTENDED, FigureKeys.FEE_COLLECTED, FigureKeys.COMMENTS_ANSWERED, FigureKeys.NOTICES_ACKNOWLEDGED);
    /** The participation counts a branch's bars show. */
    static final List<String> COUNTS = List.of(ATTENDED, FigureKeys.COMMENTS_ANSWERED, FigureKeys.REGISTERED,
            FigureKeys.POLLS_ANSWERED, FigureKeys.NOTICES_ACKNOWLEDGED);

    private ReportCharts() {
    }

    /** Attendance by month, a line per named series of monthly meeting figures. */
    static Charts.Chart attendance(String fileName, String title, Labels labels, List<YearMonth> months,
            Map<String, Map<YearMonth, Totals>> series) {
        List<Charts.Line> lines = new ArrayList<>();
        series.forEach((name, byMonth) -> {
            List<Double> values = new ArrayList<>();
            for (YearMonth month : months) {
                Totals totals = byMonth.get(month);
                values.add(totals == null || totals.get(ATTENDED).expected() == 0 ? null
                        : (double) totals.percent(ATTENDED));
            }
            lines.add(new Charts.Line(name, values));
        });
        return Charts.lines(fileName, title, labels.text("report.chart.percent_axis"),
                months.stream().map(ReportPeriod::monthLabel).toList(), lines, 100);
    }

    /** Bars of the given figures' rates (percent), those with a base only. */
    static Charts.Chart rates(String fileName, String title, Labels labels, Totals totals) {
        Map<String, Long> bars = new LinkedHashMap<>();
        RATES.stream().filter(k -> totals.get(k).expected() > 0)
                .forEach(k -> bars.put(labels.figure(k), (long) totals.percent(k)));
        return bars(fileName, title, labels.text("report.chart.percent_axis"), bars);
    }

    /** Bars of the given figures' counts, those the features gave. */
    static Charts.Chart counts(String fileName, String title, Labels labels, Totals totals) {
        Map<String, Long> bars = new LinkedHashMap<>();
        COUNTS.stream().filter(totals::has).forEach(k -> bars.put(labels.figure(k), totals.done(k)));
        return bars(fileName, title, labels.text("report.chart.count_axis"), bars);
    }

    static Charts.Chart bars(String fileName, String title, String axis, Map<String, Long> values) {
        return Charts.bars(fileName, title, axis,
                values.entrySet().stream().map(e -> new Charts.Bar(e.getKey(), e.getValue())).toList());
    }
}
