package vn.chidoan.core.features.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.SubUnits;
import vn.chidoan.core.org.unit.Unit;

/**
 * An officer's {@code /baocao}: every branch of their unit's subtree (and nothing outside it) over the
 * period, summed per sub-unit right under the unit; the branches that need attention named; the ranking
 * on the unit's criteria; charts with a line or a bar per sub-unit; one .xlsx with a sheet per topic (a row
 * per branch), by month, the ranking and the attention list; for a quarter, also the report upward in the
 * unit's layout. The whole subtree is read in one query per feature and per month, whatever its size.
 */
@Component
class UnitReport {
    private final Gathering gathering;
    private final SettingsStore settings;
    private final SubtreeText text;
    private final UpwardReport upward;
    private final Organisation org;
    private final Texts texts;
    private final Clock clock;

    UnitReport(Gathering gathering, SettingsStore settings, SubtreeText text, UpwardReport upward,
            Organisation org, Texts texts, Clock clock) {
        this.gathering = gathering;
        this.settings = settings;
        this.text = text;
        this.upward = upward;
        this.org = org;
        this.texts = texts;
        this.clock = clock;
    }

    void answer(UnitId top, ReportPeriod period, Replies replies) {
        LocalDate today = LocalDate.now(clock);
        Labels labels = new Labels(texts, replies.lang());
        SubUnits units = SubUnits.of(top, org.unitsWithin(top));
        List<UnitId> branches = org.branchesWithin(top);
        Map<UnitId, Totals> totals = gathering.branches(branches, period.period());
        List<YearMonth> months = period.trendMonths(today);
        Map<YearMonth, Map<UnitId, Totals>> byMonth = gathering.meetingsByMonth(branches, months);
        ReportSettings criteria = settings.of(top);
        List<Standing> standings = Standing.rank(totals, byMonth, period.monthsSoFar(today), YearMonth.from(today),
                criteria, new Standing.Names() {
                    public String name(UnitId branch) {
                        return units.name(branch);
                    }

                    public String subUnit(UnitId branch) {
                        return units.of(branch).map(Unit::name).orElse("");
                    }
                });
        Map<String, Totals> perUnit = new LinkedHashMap<>();
        Map<String, Map<YearMonth, Totals>> perUnitByMonth = new LinkedHashMap<>();
        units.all().forEach(u -> {
            perUnit.put(u.name(), new Totals());
            perUnitByMonth.put(u.name(), new LinkedHashMap<>());
        });
        Totals all = new Totals();
        totals.forEach((branch, t) -> {
            String unit = units.of(branch).map(Unit::name).orElse(units.name(top));
            perUnit.computeIfAbsent(unit, u -> new Totals()).plus(t);
            all.plus(t);
            byMonth.forEach((month, row) -> perUnitByMonth.computeIfAbsent(unit, u -> new LinkedHashMap<>())
                    .computeIfAbsent(month, m -> new Totals()).plus(row.getOrDefault(branch, new Totals())));
        });
        String name = units.name(top);
        Spreadsheet book = book(period, labels, standings, totals, units, months, perUnitByMonth);
        List<Spreadsheet> files = new ArrayList<>(List.of(book));
        if (period.kind() == ReportPeriod.Kind.QUARTER) {
            files.add(upward.book(name, period, perUnit, standings, all, criteria.layout(), labels));
        }
        Delivery.send(replies, text.render(name, period, all, branches.size(), perUnit, standings, criteria, replies),
                SubtreeCharts.draw(name, period, months, perUnit, perUnitByMonth, labels), files, null);
    }

    private Spreadsheet book(ReportPeriod period, Labels labels, List<Standing> standings, Map<UnitId, Totals> totals,
            SubUnits units, List<YearMonth> months, Map<String, Map<YearMonth, Totals>> perUnitByMonth) {
        Spreadsheet book = Spreadsheet.named("baocao-" + period.tag());
        List<TopicSheets.Line> lines = new ArrayList<>();
        totals.forEach((branch, t) -> lines.add(new TopicSheets.Line(
                List.of(units.of(branch).map(Unit::name).orElse(""), units.name(branch)), t)));
        TopicSheets.add(book, gathering.topics(), List.of(labels.text("report.column.unit"),
                labels.text("report.column.branch")), lines, labels);
        List<List<Object>> monthRows = new ArrayList<>();
        perUnitByMonth.forEach((unit, byMonth) -> months.forEach(month -> {
            Totals t = byMonth.getOrDefault(month, new Totals());
            monthRows.add(List.of(unit, ReportPeriod.monthLabel(month), t.done(FigureKeys.HELD),
                    t.done(FigureKeys.ATTENDED), t.get(FigureKeys.ATTENDED).expected(), t.percent(FigureKeys.ATTENDED)));
        }));
        book.sheet(labels.text("report.sheet.months"), Headers.of(labels, "report.header.unit_months"), monthRows);
        book.sheet(labels.text("report.sheet.ranking"), Headers.of(labels, "report.header.ranking"),
                standings.stream().map(UnitReport::rankRow).toList());
        book.sheet(labels.text("report.sheet.attention"), Headers.of(labels, "report.header.attention"),
                standings.stream().filter(s -> !s.attention().isEmpty()).map(s -> List.<Object>of(s.subUnit(), s.name(),
                        String.join("; ", s.attention().stream().map(r -> labels.text("report.reason." + r)).toList())))
                        .toList());
        return book;
    }

    private static List<Object> rankRow(Standing s) {
        List<Object> row = new ArrayList<>();
        row.add(s.rank());
        row.add(s.subUnit());
        row.add(s.name());
        row.add(s.roundedScore());
        ReportSettings.CRITERIA.forEach(c -> row.add(s.criteria().percent(c)));
        return row;
    }
}
