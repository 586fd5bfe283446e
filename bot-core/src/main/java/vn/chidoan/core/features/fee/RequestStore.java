package vn.chidoan.core.features.fee;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fee_requests}: "Tôi đã nộp" requests, one document each, its id derived from the event that made
 * it (so a replay makes the same one). A decision is one conditional update from {@code PENDING}: of two
 * BCH members pressing at once, one decides and the other is told it was decided.
 */
final class RequestStore {
    static final String COLLECTION = "fee_requests";

    private final MongoTemplate mongo;

    RequestStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC).on("status", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    /** Stores the request unless one with its id exists; returns the one stored. */
    FeeRequest add(FeeRequest request) {
        Document doc = new Document("_id", request.id()).append("branch", request.branch().value())
                .append("person", request.person().value()).append("lines", Codec.lines(request.lines()))
                .append("status", request.status().name()).append("at", Date.from(request.at()));
        if (request.photo() != null) {
            doc.append("photo", new Document("kind", request.photo().kind().name())
                    .append("ref", request.photo().fileRef()).append("name", request.photo().fileName())
                    .append("mime", request.photo().mimeType()).append("platform", request.photoPlatform().name()));
        }
        try {
            mongo.insert(doc, COLLECTION);
            return request;
        } catch (DuplicateKeyException replay) {
            return find(request.id()).orElseThrow(() -> replay);
        }
    }

    Optional<FeeRequest> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(RequestStore::request);
    }

    /** The requests of these branches still waiting for the BCH. */
    List<FeeRequest> pending(Collection<UnitId> branches) {
        return mongo.find(query(where("branch").in(branches.stream().map(UnitId::value).toList())
                .and("status").is(FeeRequest.Status.PENDING.name())).with(Sort.by("at")), Document.class, COLLECTION)
                .stream().map(RequestStore::request).toList();
    }

    /** Decides a waiting request; false when it was decided already. */
    boolean decide(String id, FeeRequest.Status status, PersonId by, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(FeeRequest.Status.PENDING.name())),
                new Update().set("status", status.name()).set("decidedBy", by.value()).set("decidedAt", Date.from(now)),
                COLLECTION).getModifiedCount() > 0;
    }

    /** Deletes the person's requests (their photos with them) and forgets who decided others. */
    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
        mongo.updateMulti(query(where("decidedBy").is(person.value())), new Update().set("decidedBy", null), COLLECTION);
    }

    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("person").is(from.value())), new Update().set("person", into.value()), COLLECTION);
        mongo.updateMulti(query(where("decidedBy").is(from.value())), new Update().set("decidedBy", into.value()),
                COLLECTION);
    }

    private static FeeRequest request(Document doc) {
        Document photo = doc.get("photo", Document.class);
        return new FeeRequest(doc.getString("_id"), new UnitId(doc.getString("branch")), Codec.person(doc, "person"),
                Codec.lines(doc, "lines"),
                photo == null ? null : Attachment.inbound(Attachment.Kind.valueOf(photo.getString("kind")),
                        photo.getString("ref"), photo.getString("name"), photo.getString("mime")),
                photo == null ? null : Platform.valueOf(photo.getString("platform")),
                FeeRequest.Status.valueOf(doc.getString("status")), Codec.person(doc, "decidedBy"),
                doc.getDate("at").toInstant());
    }
}
