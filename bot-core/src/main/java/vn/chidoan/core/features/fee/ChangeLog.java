package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fee_changes}: every change of a book's settings, who made it and when, with the value before and
 * after ({@code field} names what changed; {@code member} whose category, where it is one). Keyed by the
 * event that made it, so a replay records it once.
 */
final class ChangeLog {
    static final String COLLECTION = "fee_changes";

    /** One change; values are stored as typed (an amount in đồng, a cycle's name), shown by {@link ChangeTexts}. */
    record Change(String field, String before, String after, PersonId member, PersonId by, Instant at) {
    }

    private final MongoTemplate mongo;

    ChangeLog(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
    }

    void record(String key, UnitId branch, Change change) {
        Update update = new Update().setOnInsert("branch", branch.value()).setOnInsert("field", change.field())
                .setOnInsert("before", change.before()).setOnInsert("after", change.after())
                .setOnInsert("member", Codec.id(change.member())).setOnInsert("by", Codec.id(change.by()))
                .setOnInsert("at", Date.from(change.at()));
        mongo.upsert(query(where("_id").is(key)), update, COLLECTION);
    }

    /** The branch's latest changes, newest first. */
    List<Change> latest(UnitId branch, int limit) {
        return mongo.find(query(where("branch").is(branch.value())).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit),
                Document.class, COLLECTION).stream().map(ChangeLog::change).toList();
    }

    /** Drops the changes about the person and who made the others: they erased their data. */
    void forget(PersonId person) {
        mongo.remove(query(where("member").is(person.value())), COLLECTION);
        mongo.updateMulti(query(where("by").is(person.value())), new Update().set("by", null), COLLECTION);
    }

    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("member").is(from.value())), new Update().set("member", into.value()), COLLECTION);
        mongo.updateMulti(query(where("by").is(from.value())), new Update().set("by", into.value()), COLLECTION);
    }

    private static Change change(Document doc) {
        return new Change(doc.getString("field"), doc.getString("before"), doc.getString("after"),
                Codec.person(doc, "member"), Codec.person(doc, "by"), doc.getDate("at").toInstant());
    }
}
