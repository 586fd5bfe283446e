package vn.chidoan.core.features.record.admission;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * Proposals and codes as personal data: the proposal that made a person and their codes go with them
 * (and any code an account of theirs used); where they proposed or decided, they are forgotten.
 */
@Component
class AdmissionData implements PersonalData {
    private final Admissions admissions;
    private final MongoTemplate mongo;

    AdmissionData(Admissions admissions, MongoTemplate mongo) {
        this.admissions = admissions;
        this.mongo = mongo;
    }

    @Override
    public void forget(DataSubject subject) {
        admissions.store().forget(subject.person());
        admissions.codes().forget(subject.person());
        List<String> accounts = subject.accounts().stream().map(UserRef::key).toList();
        if (!accounts.isEmpty()) {
            mongo.remove(query(where("usedBy").in(accounts)), ClaimCodes.COLLECTION);
        }
    }

    @Override
    public void move(PersonId from, PersonId into) {
        admissions.store().move(from, into);
        admissions.codes().move(from, into);
    }
}
