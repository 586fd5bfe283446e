package vn.chidoan.core.features.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * The sheet of each member of a branch: a row per member of the roster, in roster order, with what each
 * feature counted for them (done, and out of how many where it has a base).
 */
@Component
class MemberSheet {
    private final Gathering gathering;
    private final Members members;

    MemberSheet(Gathering gathering, Members members) {
        this.gathering = gathering;
        this.members = members;
    }

    void add(Spreadsheet book, UnitId branch, ReportPeriod period, Labels labels) {
        Map<PersonId, Totals> figures = gathering.members(branch, period.period());
        Set<String> keys = new LinkedHashSet<>();
        figures.values().forEach(t -> t.all().forEach(f -> keys.add(f.key())));
        List<String> header = new ArrayList<>(Headers.of(labels, "report.header.member"));
        keys.forEach(key -> header.add(labels.figure(key)));
        List<List<Object>> rows = new ArrayList<>();
        for (RosterEntry entry : members.roster(branch)) {
            Totals mine = figures.getOrDefault(entry.person(), new Totals());
            List<Object> row = new ArrayList<>();
            row.add(entry.number());
            row.add(entry.name());
            for (String key : keys) {
                Figure figure = mine.get(key);
                row.add(figure.expected() == 0 ? String.valueOf(figure.done())
                        : figure.done() + "/" + figure.expected());
            }
            rows.add(row);
        }
        book.sheet(labels.text("report.sheet.members_each"), header, rows);
    }
}
