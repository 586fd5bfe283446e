package vn.chidoan.core.features.record.importing;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * Roster imports as personal data. A plan still holding rows names people (the sender, the confirmer,
 * the members a row changes or added); erasing any of them drops the whole plan (one not applied yet
 * cannot be confirmed any more: the secretary sends the file again). A merge moves the plans onto the
 * surviving person.
 */
@Component
class ImportData implements PersonalData {
    private final PlanStore plans;

    ImportData(Importer importer) {
        this.plans = importer.plans();
    }

    @Override
    public void forget(DataSubject subject) {
        plans.naming(subject.person()).forEach(plan -> plans.delete(plan.getString("_id")));
    }

    @Override
    public void move(PersonId from, PersonId into) {
        for (Document plan : plans.naming(from)) {
            for (String key : List.of("by", "confirmedBy")) {
                if (from.value().equals(plan.getString(key))) {
                    plan.put(key, into.value());
                }
            }
            List<Document> rows = new ArrayList<>(plan.getList("rows", Document.class, List.of()));
            rows.stream().filter(row -> from.value().equals(row.getString("person")))
                    .forEach(row -> row.put("person", into.value()));
            if (plan.containsKey("rows")) {
                plan.put("rows", rows);
            }
            plans.replace(plan);
        }
    }
}
