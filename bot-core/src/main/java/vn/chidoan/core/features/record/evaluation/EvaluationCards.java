package vn.chidoan.core.features.record.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.features.record.RecordTarget;
import vn.chidoan.core.features.record.RecordTargets;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * How an evaluation reads: the grades a member may propose, what they see once they did, and for the BCH
 * the branch's list ({@code /danhgia_ketqua}) and each member's card, with the year's figures beside the
 * grades and, for whoever may, the buttons to propose ({@code dgp}) and to decide ({@code dgd}).
 */
@Component
class EvaluationCards {
    static final int LISTED = 60;

    private final Evaluations evaluations;
    private final Members members;

    EvaluationCards(Evaluations evaluations, Members members) {
        this.evaluations = evaluations;
        this.members = members;
    }

    /** Asks the member for the grade they propose: one button per grade, or its number typed. */
    void askGrade(Replies replies) {
        List<List<Button>> rows = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            rows.add(List.of(Conversations.button(grade.number() + ". " + replies.label("record.grade." + grade.key()),
                    grade.key())));
        }
        rows.add(List.of(Conversations.cancelButton(replies)));
        replies.say("record.evaluation.ask_grade", Map.of(), rows);
    }

    /** What the member is told once their assessment is saved: their grade and their year's figures. */
    Map<String, Object> saved(UnitId branch, int year, PersonId person, Grade grade, Replies replies) {
        Map<String, Object> model = new HashMap<>(evaluations.figures(branch, year, person).model());
        model.put("year", year);
        model.put("grade", replies.label("record.grade." + grade.key()));
        return model;
    }

    /** The branch's list: each member on the roster with their grades and figures, a button to open each. */
    void list(UnitId branch, Opening opening, Replies replies) {
        int year = opening.year();
        Map<PersonId, Entry> entries = entries(branch, year);
        Map<PersonId, YearFigures> figures = evaluations.figures(branch, year);
        List<Map<String, Object>> lines = new ArrayList<>();
        List<List<Button>> rows = new ArrayList<>();
        List<RosterEntry> roster = members.roster(branch);
        for (RosterEntry member : roster.subList(0, Math.min(LISTED, roster.size()))) {
            Map<String, Object> line = grades(entries.get(member.person()), replies);
            line.putAll(figures.getOrDefault(member.person(), YearFigures.of(List.of())).model());
            line.put("number", member.number());
            line.put("name", name(member));
            lines.add(line);
            rows.add(List.of(Button.action(member.number() + ". " + name(member),
                    EvaluationCardButtons.PREFIX + ":" + RecordTargets.ref(branch, member.person()) + ":" + year)));
        }
        long filled = entries.values().stream().filter(Entry::filled).count();
        long decided = entries.values().stream().filter(e -> e.decided() != null).count();
        rows.add(List.of(Button.action(replies.label("record.evaluation.send_button"),
                SendUpButtons.PREFIX + ":" + branch.value() + ":" + year)));
        Map<String, Object> model = new HashMap<>(Map.of("year", year, "deadline", Formats.date(opening.deadline()),
                "lines", lines, "members", roster.size(), "filled", filled, "decided", decided));
        if (roster.size() > LISTED) {
            model.put("more", roster.size() - LISTED);
        }
        replies.say("record.evaluation.list", model, rows);
    }

    /** One member's card for the BCH: what they wrote, the grades, the figures; buttons for who may act. */
    void card(RecordTarget target, int year, Replies replies) {
        PersonId person = target.entry().person();
        Optional<Entry> entry = evaluations.store().entry(person, year).filter(e -> e.branch().equals(target.branch()));
        Map<String, Object> model = grades(entry.orElse(null), replies);
        model.putAll(evaluations.figures(target.branch(), year, person).model());
        model.put("year", year);
        model.put("name", target.name());
        entry.map(Entry::selfText).ifPresent(text -> model.put("text", text));
        List<List<Button>> rows = new ArrayList<>();
        String ref = RecordTargets.ref(target.branch(), person) + ":" + year;
        if (RecordTargets.mayAct(target, Role.BCH, false)) {
            rows.add(gradeRow(GradeButtons.Propose.PREFIX, ref, "record.evaluation.propose_button", replies));
        }
        if (RecordTargets.mayAct(target, Role.SECRETARY, false)) {
            rows.add(gradeRow(GradeButtons.Decide.PREFIX, ref, "record.evaluation.decide_button", replies));
        }
        replies.say("record.evaluation.card", model, rows);
    }

    private static List<Button> gradeRow(String prefix, String ref, String labelKey, Replies replies) {
        List<Button> row = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            row.add(Button.action(replies.render(labelKey, Map.of("grade",
                    replies.label("record.grade_short." + grade.key()))).toPlainText(), prefix + ":" + ref + ":" + grade.number()));
        }
        return row;
    }

    private Map<PersonId, Entry> entries(UnitId branch, int year) {
        Map<PersonId, Entry> entries = new HashMap<>();
        evaluations.store().ofBranch(branch, year).forEach(entry -> entries.put(entry.person(), entry));
        return entries;
    }

    /** The three grades of an entry (absent ones left out, so the template says "chưa có"). */
    static Map<String, Object> grades(Entry entry, Replies replies) {
        Map<String, Object> model = new HashMap<>();
        if (entry != null) {
            put(model, "self", entry.self(), replies);
            put(model, "proposed", entry.proposed(), replies);
            put(model, "decided", entry.decided(), replies);
        }
        return model;
    }

    private static void put(Map<String, Object> model, String key, Grade grade, Replies replies) {
        if (grade != null) {
            model.put(key, replies.label("record.grade." + grade.key()));
        }
    }

    static String name(RosterEntry member) {
        return member.name() == null ? "#" + member.number() : member.name();
    }
}
