package vn.chidoan.core.features.record.training;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/** Training goals as personal data: a person's goals go with them; where they marked one done, they are forgotten. */
@Component
class TrainingData implements PersonalData {
    private final Training training;

    TrainingData(Training training) {
        this.training = training;
    }

    @Override
    public void forget(DataSubject subject) {
        training.store().forget(subject.person());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        training.store().move(from, into);
    }
}
