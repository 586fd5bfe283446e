package vn.chidoan.core.features.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Charts;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.activity.Occasion;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * A branch's {@code /baocao}: the key numbers of the period as text (each meeting's attendance named),
 * three charts (attendance by month, the rates, the participation counts) and one .xlsx: a sheet per
 * topic, attendance by month and by meeting, and each member's figures.
 */
@Component
class BranchReport {
    private final Gathering gathering;
    private final BranchCharts charts;
    private final MemberSheet memberSheet;
    private final Organisation org;
    private final Texts texts;
    private final Clock clock;

    BranchReport(Gathering gathering, BranchCharts charts, MemberSheet memberSheet, Organisation org, Texts texts,
            Clock clock) {
        this.gathering = gathering;
        this.charts = charts;
        this.memberSheet = memberSheet;
        this.org = org;
        this.texts = texts;
        this.clock = clock;
    }

    void answer(UnitId branch, ReportPeriod period, Replies replies, ChatRef privately) {
        LocalDate today = LocalDate.now(clock);
        Labels labels = new Labels(texts, replies.lang());
        String name = org.unit(branch).map(Unit::name).orElse(branch.value());
        Totals totals = gathering.branches(List.of(branch), period.period()).get(branch);
        List<YearMonth> months = period.trendMonths(today);
        Map<YearMonth, Map<UnitId, Totals>> byMonth = gathering.meetingsByMonth(List.of(branch), months);
        List<Occasion> occasions = gathering.occasions(branch, period.period());

        Map<String, Object> model = FigureModel.of(totals);
        model.putAll(period.model());
        model.put("name", name);
        model.put("meetings", occasions.stream().map(BranchReport::line).toList());
        Spreadsheet book = Spreadsheet.named("baocao-" + period.tag());
        TopicSheets.add(book, gathering.topics(), List.of(labels.text("report.column.branch")),
                List.of(new TopicSheets.Line(List.of(name), totals)), labels);
        book.sheet(labels.text("report.sheet.months"), Headers.of(labels, "report.header.months"),
                months.stream().map(m -> monthRow(m, byMonth.get(m).getOrDefault(branch, new Totals()))).toList());
        book.sheet(labels.text("report.sheet.meetings"), Headers.of(labels, "report.header.meetings"),
                occasions.stream().map(BranchReport::occasionRow).toList());
        memberSheet.add(book, branch, period, labels);
        Delivery.send(replies, replies.render("report.branch.summary", model),
                charts.draw(name, period, totals, months, byMonth, branch, labels), List.of(book), privately);
    }

    private static Map<String, Object> line(Occasion occasion) {
        Map<String, Object> line = new HashMap<>(FigureModel.one(occasion.figures().get(0)));
        line.put("date", Formats.date(occasion.day()));
        line.put("title", occasion.title());
        return line;
    }

    private static List<Object> monthRow(YearMonth month, Totals meetings) {
        List<Object> row = new ArrayList<>();
        row.add(ReportPeriod.monthLabel(month));
        row.add(meetings.done(FigureKeys.HELD));
        row.add(meetings.done(FigureKeys.ATTENDED));
        row.add(meetings.get(FigureKeys.ATTENDED).expected());
        row.add(meetings.percent(FigureKeys.ATTENDED));
        return row;
    }

    private static List<Object> occasionRow(Occasion occasion) {
        Totals figures = Totals.of(occasion.figures());
        List<Object> row = new ArrayList<>();
        row.add(occasion.day());
        row.add(occasion.title());
        row.add(figures.done(FigureKeys.ATTENDED));
        row.add(figures.get(FigureKeys.ATTENDED).expected());
        row.add(figures.percent(FigureKeys.ATTENDED));
        row.add(figures.done(FigureKeys.EXCUSED));
        return row;
    }
}
