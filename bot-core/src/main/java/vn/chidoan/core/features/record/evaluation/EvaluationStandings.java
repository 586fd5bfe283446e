package vn.chidoan.core.features.record.evaluation;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.org.activity.Standings;

/** The grade the secretary decided, for {@code /toi}'s year (the report's section shows it). */
@Component
class EvaluationStandings implements Standings {
    private final Evaluations evaluations;

    EvaluationStandings(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public Optional<String> classification(PersonId person, int year) {
        return evaluations.store().entry(person, year).map(Entry::decided)
                .map(grade -> grade == Grade.FAILED ? "not_done" : grade.key());
    }
}
