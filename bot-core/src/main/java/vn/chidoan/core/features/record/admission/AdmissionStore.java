package vn.chidoan.core.features.record.admission;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code member_admissions}: one document per proposal; a unique {@code source} (the event that proposed
 * it) makes proposing idempotent, and deciding is one conditional update from {@code PENDING}, so two
 * officers pressing at once decide it once.
 */
final class AdmissionStore {
    static final String COLLECTION = "member_admissions";

    private final MongoTemplate mongo;

    AdmissionStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("source", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("status", Sort.Direction.ASC).on("branch", Sort.Direction.ASC));
    }

    Admission propose(UnitId branch, String name, LocalDate birthDate, PersonId by, String source, Instant now) {
        Document doc = new Document("_id", "ad" + new ObjectId().toHexString()).append("branch", branch.value())
                .append("name", name).append("birthDate", birthDate.toString()).append("proposedBy", by.value())
                .append("proposedAt", Date.from(now)).append("status", Admission.Status.PENDING.name())
                .append("source", source);
        try {
            mongo.insert(doc, COLLECTION);
            return decode(doc);
        } catch (DuplicateKeyException replay) {
            return decode(mongo.findOne(query(where("source").is(source)), Document.class, COLLECTION));
        }
    }

    Optional<Admission> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(AdmissionStore::decode);
    }

    /** Decides a pending proposal; empty if it was decided already. */
    Optional<Admission> decide(String id, Admission.Status status, PersonId by, Instant now) {
        Document after = mongo.findAndModify(query(where("_id").is(id).and("status").is(Admission.Status.PENDING.name())),
                new Update().set("status", status.name()).set("decidedBy", by.value()).set("decidedAt", Date.from(now)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(after).map(AdmissionStore::decode);
    }

    void madePerson(String id, PersonId person) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().set("person", person.value()), COLLECTION);
    }

    /** Pending proposals of these branches, oldest first. */
    List<Admission> pending(Collection<UnitId> branches) {
        Query query = query(where("status").is(Admission.Status.PENDING.name()).and("branch")
                .in(branches.stream().map(UnitId::value).toList())).with(Sort.by("proposedAt"));
        return mongo.find(query, Document.class, COLLECTION).stream().map(AdmissionStore::decode).toList();
    }

    /** Erasure: the proposal that made the person goes; where they proposed or decided, they are forgotten. */
    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
        mongo.updateMulti(query(where("proposedBy").is(person.value())), new Update().unset("proposedBy"), COLLECTION);
        mongo.updateMulti(query(where("decidedBy").is(person.value())), new Update().unset("decidedBy"), COLLECTION);
    }

    void move(PersonId from, PersonId into) {
        for (String key : List.of("person", "proposedBy", "decidedBy")) {
            mongo.updateMulti(query(where(key).is(from.value())), new Update().set(key, into.value()), COLLECTION);
        }
    }

    private static Admission decode(Document doc) {
        return new Admission(doc.getString("_id"), new UnitId(doc.getString("branch")), doc.getString("name"),
                LocalDate.parse(doc.getString("birthDate")), id(doc.getString("proposedBy")),
                doc.getDate("proposedAt").toInstant(), Admission.Status.valueOf(doc.getString("status")),
                id(doc.getString("decidedBy")), id(doc.getString("person")));
    }

    private static PersonId id(String value) {
        return value == null ? null : new PersonId(value);
    }
}
