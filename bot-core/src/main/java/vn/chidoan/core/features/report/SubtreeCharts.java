package vn.chidoan.core.features.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.export.Charts;

/**
 * An officer report's charts, one line or bar per sub-unit: attendance by month, fees collected (percent,
 * sub-units with a fee book) and participation (answers to registrations, polls and posts).
 */
final class SubtreeCharts {
    static final List<String> ANSWERS = List.of(FigureKeys.REGISTERED, FigureKeys.POLLS_ANSWERED, FigureKeys.COMMENTS_ANSWERED);

    private SubtreeCharts() {
    }

    static List<Charts.Chart> draw(String name, ReportPeriod period, List<YearMonth> months,
            Map<String, Totals> perUnit, Map<String, Map<YearMonth, Totals>> perUnitByMonth, Labels labels) {
        Map<String, Object> model = Map.of("name", name);
        Map<String, Long> fees = new LinkedHashMap<>();
        Map<String, Long> answers = new LinkedHashMap<>();
        perUnit.forEach((unit, totals) -> {
            if (totals.get(FigureKeys.FEE_COLLECTED).expected() > 0) {
                fees.put(unit, (long) totals.percent(FigureKeys.FEE_COLLECTED));
            }
            answers.put(unit, ANSWERS.stream().mapToLong(totals::done).sum());
        });
        return List.of(
                ReportCharts.attendance("thamgia-" + period.tag(), labels.text("report.chart.attendance", model),
                        labels, months, perUnitByMonth),
                ReportCharts.bars("doanphi-" + period.tag(), labels.text("report.chart.fees", model),
                        labels.text("report.chart.percent_axis"), fees),
                ReportCharts.bars("luot-" + period.tag(), labels.text("report.chart.participation", model),
                        labels.text("report.chart.count_axis"), answers));
    }
}
