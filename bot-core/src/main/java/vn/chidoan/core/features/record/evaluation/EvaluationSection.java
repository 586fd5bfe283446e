package vn.chidoan.core.features.record.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.ProfileSection;
import vn.chidoan.core.org.member.roster.Membership;

/**
 * The evaluation in {@code /toi}: last year's grade the secretary decided (this year's is in the report's
 * "my year" section, through {@link EvaluationStandings}); while their branch's evaluation is open and they
 * have not filled it in, that it waits for them.
 */
@Component
@Order(25)
class EvaluationSection implements ProfileSection {
    private final Evaluations evaluations;
    private final Members members;

    EvaluationSection(Evaluations evaluations, Members members) {
        this.evaluations = evaluations;
        this.members = members;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        int year = evaluations.year();
        List<RichText> lines = new ArrayList<>();
        int thisYear = evaluations.today().getYear();
        for (int y : List.of(year, year - 1)) {
            if (y == thisYear) {
                continue;
            }
            Optional<Entry> decided = evaluations.store().entry(person, y).filter(e -> e.decided() != null);
            if (decided.isPresent()) {
                lines.add(replies.render("record.evaluation.profile.grade", Map.of("year", y,
                        "grade", replies.label("record.grade." + decided.get().decided().key()))));
                break;
            }
        }
        Optional<Opening> open = members.membershipsOf(person).stream().findFirst().map(Membership::branch)
                .flatMap(evaluations::open).filter(o -> !o.sent());
        boolean filled = evaluations.store().entry(person, year).filter(Entry::filled).isPresent();
        if (open.isPresent() && !filled) {
            Map<String, Object> model = new HashMap<>();
            model.put("year", open.get().year());
            model.put("deadline", Formats.date(open.get().deadline()));
            lines.add(replies.render("record.evaluation.profile.waiting", model));
        }
        return lines;
    }
}
