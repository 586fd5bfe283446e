package vn.chidoan.core.features.record.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * A branch's evaluation of a year as .xlsx ({@code xep-loai-doan-vien-2026.xlsx}), the file that goes to
 * the unit above: a row per member on the roster, in roster order, with the year's figures (meetings
 * attended and expected, attendance in percent, fees paid and due in đồng, activities joined), the
 * member's own assessment and grade, the BCH's proposal and the secretary's decision. Headers come from
 * {@code record.evaluation.export.header}, in the reader's language.
 */
@Component
class EvaluationWorkbook {
    private final Members members;
    private final Evaluations evaluations;

    EvaluationWorkbook(Members members, Evaluations evaluations) {
        this.members = members;
        this.evaluations = evaluations;
    }

    Spreadsheet of(UnitId branch, int year, Replies replies) {
        Map<PersonId, Entry> entries = new HashMap<>();
        evaluations.store().ofBranch(branch, year).forEach(entry -> entries.put(entry.person(), entry));
        Map<PersonId, YearFigures> figures = evaluations.figures(branch, year);
        List<List<Object>> rows = new ArrayList<>();
        for (RosterEntry member : members.roster(branch)) {
            Entry entry = entries.get(member.person());
            YearFigures done = figures.getOrDefault(member.person(), YearFigures.of(List.of()));
            rows.add(Arrays.asList(member.number(), EvaluationCards.name(member), done.attended(), done.meetings(),
                    done.attendancePercent(), done.paid(), done.due(), done.activities(),
                    entry == null ? null : entry.selfText(), label(entry == null ? null : entry.self(), replies),
                    label(entry == null ? null : entry.proposed(), replies),
                    label(entry == null ? null : entry.decided(), replies)));
        }
        return Spreadsheet.named("xep-loai-doan-vien-" + year).sheet(replies.label("record.evaluation.export.sheet"),
                Arrays.stream(replies.label("record.evaluation.export.header").split("\\|")).map(String::strip)
                        .toList(), rows);
    }

    private static String label(Grade grade, Replies replies) {
        return grade == null ? null : replies.label("record.grade." + grade.key());
    }
}
