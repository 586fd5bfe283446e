package vn.chidoan.core.features.record;

import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * The record and the history as personal data. Erasure deletes the person's record and anonymises
 * their history (the entries stay for the branch's counts, naming nobody); a merge gives the surviving
 * record what it lacked of the other one (its own fields stay), and moves the history.
 */
@Component
class RecordData implements PersonalData {
    private final Records records;

    RecordData(Records records) {
        this.records = records;
    }

    @Override
    public void forget(DataSubject subject) {
        records.store().delete(subject.person());
        records.historyStore().forget(subject.person(), subject.name());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        records.store().raw(from).ifPresent(old -> {
            Document merged = records.store().raw(into).orElseGet(() -> new Document());
            old.forEach((key, value) -> {
                if (!key.equals("_id") && !merged.containsKey(key)) {
                    merged.put(key, value);
                }
            });
            merged.put("_id", into.value());
            records.store().save(merged);
            records.store().delete(from);
        });
        records.historyStore().move(from, into);
    }
}
