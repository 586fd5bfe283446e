package vn.chidoan.core.features.record;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * {@code roster_exports}: every export of a roster — which branch, who, when, how many rows — keyed by the
 * event that asked for it, so a replayed command records it once. Personal data: the exporter's id only;
 * erasing them leaves the export counted without them, a merge moves it.
 */
@Component
class ExportLog implements PersonalData {
    static final String COLLECTION = "roster_exports";

    private final MongoTemplate mongo;

    ExportLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("by", Sort.Direction.ASC).sparse());
    }

    /** A past export, as kept. */
    record Entry(UnitId branch, PersonId by, Instant at, int rows) {
    }

    void record(String cause, UnitId branch, PersonId by, Instant at, int rows) {
        try {
            mongo.insert(new Document("_id", cause).append("branch", branch.value())
                    .append("by", by == null ? null : by.value()).append("at", Date.from(at)).append("rows", rows),
                    COLLECTION);
        } catch (DuplicateKeyException again) {
            // the same request, handled again: recorded already
        }
    }

    /** The branch's exports, newest first. */
    List<Entry> of(UnitId branch) {
        return mongo.find(query(where("branch").is(branch.value())).with(Sort.by(Sort.Direction.DESC, "at")),
                Document.class, COLLECTION).stream().map(doc -> new Entry(new UnitId(doc.getString("branch")),
                        doc.getString("by") == null ? null : new PersonId(doc.getString("by")),
                        doc.getDate("at").toInstant(), doc.getInteger("rows", 0))).toList();
    }

    @Override
    public void forget(DataSubject subject) {
        mongo.updateMulti(query(where("by").is(subject.person().value())), new Update().unset("by"), COLLECTION);
    }

    @Override
    public void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("by").is(from.value())), new Update().set("by", into.value()), COLLECTION);
    }
}
