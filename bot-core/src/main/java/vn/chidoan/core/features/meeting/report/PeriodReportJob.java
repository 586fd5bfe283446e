package vn.chidoan.core.features.meeting.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.kernel.work.JobKind;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.SubUnits;
import vn.chidoan.core.org.unit.Unit;

/**
 * An officer's {@code /baocao}, as a job ({@link ReportCommand} answered at once): the last months'
 * attendance of every branch of their unit, one message of totals per unit right under it and the .xlsx
 * of every branch by month, to their private chat. Both go out as replies of the command's event
 * ({@code in:<event>:report:1}, {@code :2}), so a job run twice sends them once.
 */
@Component
class PeriodReportJob implements JobKind {
    static final String KIND = "meeting-report";

    private final AttendanceReports reports;
    private final AttendanceExport export;
    private final Organisation org;
    private final Outbox outbox;
    private final Texts texts;

    PeriodReportJob(AttendanceReports reports, AttendanceExport export, Organisation org, Outbox outbox,
            Texts texts) {
        this.reports = reports;
        this.export = export;
        this.org = org;
        this.outbox = outbox;
        this.texts = texts;
    }

    static Map<String, String> params(String eventKey, UnitId unit, ChatRef chat, String lang) {
        return Map.of("event", eventKey, "unit", unit.value(), "chat", chat.key(), "lang", lang);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void run(String id, Map<String, String> params) {
        UnitId top = new UnitId(params.get("unit"));
        Replies replies = replies(id, params);
        SubUnits units = SubUnits.of(top, org.unitsWithin(top));
        List<UnitId> branches = org.branchesWithin(top);
        AttendanceReports.Period period = reports.lastMonths(branches);
        Map<UnitId, Sum> sums = new LinkedHashMap<>();
        units.all().forEach(unit -> sums.put(unit.id(), new Sum(unit.name())));
        for (MonthRow row : period.months()) {
            units.of(row.branch()).map(Unit::id).map(sums::get).ifPresent(sum -> sum.add(row));
        }
        Sum total = new Sum(units.name(top));
        sums.values().forEach(total::add);
        List<Map<String, Object>> lines = sums.values().stream().filter(sum -> sum.branches > 0).map(Sum::model)
                .toList();
        Map<String, Object> model = total.model();
        model.put("unit", total.name);
        model.put("branches", branches.size());
        model.put("months", AttendanceReports.MONTHS);
        model.put("lines", lines);
        model.put("none", period.meetings().isEmpty());
        replies.say("meeting.report.rollup", model);
        replies.send(ReportCommand.fileMessage(replies, export.period(period, units::name, replies)));
    }

    @Override
    public void gaveUp(String id, Map<String, String> params) {
        replies(id, params).say("meeting.report.failed");
    }

    private Replies replies(String id, Map<String, String> params) {
        return new Replies(outbox, texts, params.get("event") + ":report", ChatRef.parse(params.get("chat")), null,
                params.get("lang"));
    }

    /** The attendance summed over a sub-unit's branches and months. */
    private static final class Sum {
        private final String name;
        private final Set<UnitId> seen = new HashSet<>();
        private int branches;
        private int meetings;
        private int attended;
        private int expected;

        Sum(String name) {
            this.name = name;
        }

        void add(MonthRow row) {
            if (seen.add(row.branch())) {
                branches++;
            }
            meetings += row.meetings();
            attended += row.attended();
            expected += row.expected();
        }

        void add(Sum part) {
            branches += part.branches;
            meetings += part.meetings;
            attended += part.attended;
            expected += part.expected;
        }

        Map<String, Object> model() {
            Map<String, Object> model = new HashMap<>();
            model.put("name", name);
            model.put("branches", branches);
            model.put("many", branches > 1);
            model.put("meetings", meetings);
            model.put("attended", attended);
            model.put("expected", expected);
            model.put("rate", expected == 0 ? 0 : Math.round(100f * attended / expected));
            return model;
        }
    }
}
