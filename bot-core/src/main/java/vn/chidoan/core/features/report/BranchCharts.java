package vn.chidoan.core.features.report;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Charts;

/** A branch report's three charts: its attendance line, its rates and its participation counts. */
@Component
class BranchCharts {

    List<Charts.Chart> draw(String name, ReportPeriod period, Totals totals, List<YearMonth> months,
            Map<YearMonth, Map<UnitId, Totals>> byMonth, UnitId branch, Labels labels) {
        Map<YearMonth, Totals> mine = new HashMap<>();
        byMonth.forEach((month, row) -> mine.put(month, row.getOrDefault(branch, new Totals())));
        Map<String, Object> model = Map.of("name", name);
        return List.of(
                ReportCharts.attendance("thamgia-" + period.tag(), labels.text("report.chart.attendance", model),
                        labels, months, Map.of(name, mine)),
                ReportCharts.rates("tile-" + period.tag(), labels.text("report.chart.rates", model), labels, totals),
                ReportCharts.counts("luot-" + period.tag(), labels.text("report.chart.participation", model), labels,
                        totals));
    }
}
