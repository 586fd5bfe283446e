package vn.chidoan.core.features.record.transfer;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code member_transfers}: one document per transfer; a unique {@code source} (the event that started
 * it) makes starting idempotent, and a member has at most one pending transfer (a unique key present only
 * while pending). Deciding is one conditional update from {@code PENDING}.
 */
final class TransferStore {
    static final String COLLECTION = "member_transfers";

    private final MongoTemplate mongo;

    TransferStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("pendingFor", Sort.Direction.ASC).unique().sparse());
        mongo.indexOps(COLLECTION).createIndex(new Index("to", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    /** Starts the transfer; the one already pending for the member (or this event's) if there is one. */
    Transfer start(PersonId person, UnitId from, UnitId to, PersonId by, String source, Instant now) {
        Document doc = new Document("_id", "tr" + new ObjectId().toHexString()).append("person", person.value())
                .append("from", from.value()).append("to", to.value()).append("status", Transfer.Status.PENDING.name())
                .append("pendingFor", person.value()).append("startedBy", by.value())
                .append("startedAt", Date.from(now)).append("source", source);
        try {
            mongo.insert(doc, COLLECTION);
            return decode(doc);
        } catch (DuplicateKeyException replayOrPending) {
            return pendingOf(person).orElseGet(() -> decode(mongo.findOne(query(where("source").is(source)),
                    Document.class, COLLECTION)));
        }
    }

    Optional<Transfer> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(TransferStore::decode);
    }

    Optional<Transfer> pendingOf(PersonId person) {
        return Optional.ofNullable(mongo.findOne(query(where("pendingFor").is(person.value())), Document.class,
                COLLECTION)).map(TransferStore::decode);
    }

    /** Pending transfers into the branch, oldest first. */
    List<Transfer> pendingInto(UnitId branch) {
        return mongo.find(query(where("to").is(branch.value()).and("status").is(Transfer.Status.PENDING.name()))
                .with(Sort.by("startedAt")), Document.class, COLLECTION).stream().map(TransferStore::decode).toList();
    }

    /** Decides a pending transfer; empty if it was decided already. */
    Optional<Transfer> decide(String id, Transfer.Status status, PersonId by, Instant now) {
        Document after = mongo.findAndModify(query(where("_id").is(id).and("status").is(Transfer.Status.PENDING.name())),
                new Update().set("status", status.name()).unset("pendingFor").set("decidedBy", by.value())
                        .set("decidedAt", Date.from(now)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(after).map(TransferStore::decode);
    }

    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
        mongo.updateMulti(query(where("startedBy").is(person.value())), new Update().unset("startedBy"), COLLECTION);
        mongo.updateMulti(query(where("decidedBy").is(person.value())), new Update().unset("decidedBy"), COLLECTION);
    }

    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("person").is(from.value())), new Update().set("person", into.value()), COLLECTION);
        mongo.updateMulti(query(where("pendingFor").is(from.value())), new Update().set("pendingFor", into.value()),
                COLLECTION);
        for (String key : List.of("startedBy", "decidedBy")) {
            mongo.updateMulti(query(where(key).is(from.value())), new Update().set(key, into.value()), COLLECTION);
        }
    }

    private static Transfer decode(Document doc) {
        return new Transfer(doc.getString("_id"), id(doc.getString("person")), new UnitId(doc.getString("from")),
                new UnitId(doc.getString("to")), Transfer.Status.valueOf(doc.getString("status")),
                id(doc.getString("startedBy")), doc.getDate("startedAt").toInstant(), id(doc.getString("decidedBy")));
    }

    private static PersonId id(String value) {
        return value == null ? null : new PersonId(value);
    }
}
