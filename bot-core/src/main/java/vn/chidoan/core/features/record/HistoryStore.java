package vn.chidoan.core.features.record;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code member_history}: one document per entry, keyed by its cause ({@link Cause#entryId}), so
 * recording an operation again (a replayed event, an import applied again after a crash) stores nothing.
 * Entries are never edited, only anonymised when a person's data is erased.
 */
final class HistoryStore {
    static final String COLLECTION = "member_history";

    private final MongoTemplate mongo;

    HistoryStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("by", Sort.Direction.ASC).sparse());
    }

    /** Stores the entry; false if its cause was recorded already. */
    boolean record(HistoryEntry entry) {
        Document doc = new Document("_id", entry.id()).append("person", entry.person().value())
                .append("branch", entry.branch() == null ? null : entry.branch().value())
                .append("operation", entry.operation().name()).append("at", Date.from(entry.at()))
                .append("day", entry.day() == null ? null : entry.day().toString())
                .append("by", entry.by() == null ? null : entry.by().value()).append("detail", entry.detail())
                .append("note", entry.note()).append("other", entry.other() == null ? null : entry.other().value());
        try {
            mongo.insert(doc, COLLECTION);
            return true;
        } catch (DuplicateKeyException again) {
            return false;
        }
    }

    /** The person's entries, newest first, at most {@code limit}. */
    List<HistoryEntry> of(PersonId person, int limit) {
        Query query = query(where("person").is(person.value())).with(Sort.by(Sort.Direction.DESC, "at", "_id"))
                .limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(HistoryStore::decode).toList();
    }

    /**
     * What an erasure leaves: the person's own entries stay for the branch's counts, with nothing that
     * names them (no person, no note, no detail); where they decided, the decider is gone; and a note
     * that holds their name loses it.
     */
    void forget(PersonId person, String name) {
        mongo.updateMulti(query(where("person").is(person.value())),
                new Update().set("person", null).unset("note").unset("detail"), COLLECTION);
        mongo.updateMulti(query(where("by").is(person.value())), new Update().unset("by"), COLLECTION);
        if (name != null && !name.isBlank()) {
            Pattern named = Pattern.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE);
            for (Document doc : mongo.find(query(where("note").regex(named)), Document.class, COLLECTION)) {
                mongo.updateFirst(query(where("_id").is(doc.get("_id"))),
                        new Update().set("note", named.matcher(doc.getString("note")).replaceAll("…")), COLLECTION);
            }
        }
    }

    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("person").is(from.value())), new Update().set("person", into.value()),
                COLLECTION);
        mongo.updateMulti(query(where("by").is(from.value())), new Update().set("by", into.value()), COLLECTION);
    }

    private static HistoryEntry decode(Document doc) {
        String day = doc.getString("day");
        return new HistoryEntry(doc.getString("_id"), id(doc.getString("person")), unit(doc.getString("branch")),
                Operation.valueOf(doc.getString("operation")), doc.getDate("at").toInstant(),
                day == null ? null : LocalDate.parse(day), id(doc.getString("by")), doc.getString("detail"),
                doc.getString("note"), unit(doc.getString("other")));
    }

    private static PersonId id(String value) {
        return value == null ? null : new PersonId(value);
    }

    private static UnitId unit(String value) {
        return value == null ? null : new UnitId(value);
    }
}
