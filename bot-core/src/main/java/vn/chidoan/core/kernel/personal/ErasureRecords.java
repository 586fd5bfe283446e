package vn.chidoan.core.kernel.personal;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * {@code erasures}: one record per erasure. While it is open it holds the subject (who is being
 * erased), so that a crash between two stores, and the traces of the erasure's own exchange, are dealt
 * with by the second pass; closing it removes the subject and leaves only when it happened.
 */
final class ErasureRecords {
    static final String COLLECTION = "erasures";

    /** An open erasure: its id, when it began and whom it is about. */
    record Open(String id, Instant at, DataSubject subject) {
    }

    private final MongoTemplate mongo;

    ErasureRecords(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("openAt", Sort.Direction.ASC).sparse());
    }

    String open(DataSubject subject, Instant now) {
        String id = "e" + new ObjectId().toHexString(); // not bare hex, which queries would take for an ObjectId
        Document who = new Document("person", subject.person().value()).append("accounts", subject.accountKeys())
                .append("name", subject.name());
        mongo.insert(new Document("_id", id).append("at", Date.from(now)).append("openAt", Date.from(now))
                .append("subject", who), COLLECTION);
        return id;
    }

    /** Open erasures that began at {@code before} or earlier, oldest first. */
    List<Open> openBefore(Instant before, int limit) {
        Query open = query(where("openAt").lte(Date.from(before))).with(Sort.by("openAt")).limit(limit);
        return mongo.find(open, Document.class, COLLECTION).stream().map(ErasureRecords::open).toList();
    }

    /** Forgets whom the erasure was about: what stays is that an erasure happened, and when. */
    void close(String id, Instant now) {
        mongo.updateFirst(query(where("_id").is(id)), new Update().unset("subject").unset("openAt")
                .set("closedAt", Date.from(now)), COLLECTION);
    }

    private static Open open(Document doc) {
        Document who = doc.get("subject", Document.class);
        List<UserRef> accounts = who.getList("accounts", String.class, List.of()).stream().map(UserRef::parse).toList();
        return new Open(doc.getString("_id"), doc.getDate("openAt").toInstant(),
                new DataSubject(new PersonId(who.getString("person")), accounts, who.getString("name")));
    }
}
