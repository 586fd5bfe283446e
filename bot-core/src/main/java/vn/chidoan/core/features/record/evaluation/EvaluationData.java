package vn.chidoan.core.features.record.evaluation;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * Evaluations as personal data: erasure removes the person's own entries (what they wrote, their grades)
 * and their name from the proposals, decisions and openings they made for others (which stay, naming
 * nobody); a merge gives the surviving person the entries of years they had none for.
 */
@Component
class EvaluationData implements PersonalData {
    private final Evaluations evaluations;

    EvaluationData(Evaluations evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public void forget(DataSubject subject) {
        evaluations.store().forget(subject.person());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        evaluations.store().move(from, into);
    }
}
