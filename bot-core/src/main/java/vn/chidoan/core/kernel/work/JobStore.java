package vn.chidoan.core.kernel.work;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@code jobs}: one document per job, keyed by its id, with its kind and string parameters. Running it
 * takes a lease ({@code owner}, {@code leaseUntil}) by one conditional update, so of two instances only
 * one runs a job at a time; {@code attempts} counts the leases taken, {@code doneAt} ends it. The index
 * on {@code (doneAt, createdAt)} makes the sweep read what is unfinished, not every job ever run.
 */
final class JobStore {
    static final String COLLECTION = "jobs";

    /** A job as its lease was taken. */
    record Job(String id, String kind, Map<String, String> params, int attempts) {
    }

    private final MongoTemplate mongo;

    JobStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().named("unfinished").on("doneAt", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.ASC));
    }

    /** Records a new job; false if the id has one already (a replay). */
    boolean create(String id, String kind, Map<String, String> params, Instant now) {
        Document doc = new Document("_id", id).append("kind", kind).append("params", new Document(params))
                .append("attempts", 0).append("doneAt", null).append("createdAt", Date.from(now));
        try {
            mongo.insert(doc, COLLECTION);
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    /** Takes the job for {@code owner} until {@code leaseUntil}, unless it is done or someone else's lease runs. */
    Optional<Job> claim(String id, String owner, Instant now, Instant leaseUntil) {
        Query free = new Query(where("_id").is(id).and("doneAt").is(null).orOperator(where("leaseUntil").is(null),
                where("leaseUntil").lte(Date.from(now))));
        Update take = new Update().set("owner", owner).set("leaseUntil", Date.from(leaseUntil)).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION)).map(JobStore::job);
    }

    /** Ends the job ({@code failure} null when it succeeded); only its owner's call counts. */
    void finish(String id, String owner, Instant now, String failure) {
        mongo.updateFirst(new Query(where("_id").is(id).and("owner").is(owner)), new Update().set("doneAt",
                Date.from(now)).set("failure", failure).unset("owner").unset("leaseUntil"), COLLECTION);
    }

    /** Lets go of the job (a run failed) so that the next sweep, here or elsewhere, tries again. */
    void release(String id, String owner) {
        mongo.updateFirst(new Query(where("_id").is(id).and("owner").is(owner)),
                new Update().unset("owner").unset("leaseUntil"), COLLECTION);
    }

    /** The ids of unfinished jobs nobody holds a running lease on, oldest first. */
    List<String> runnable(Instant now, int limit) {
        Query query = new Query(where("doneAt").is(null).andOperator(new Criteria().orOperator(
                where("leaseUntil").is(null), where("leaseUntil").lte(Date.from(now))))).with(Sort.by("createdAt"))
                .limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(doc -> doc.getString("_id")).toList();
    }

    private static Job job(Document doc) {
        Map<String, String> params = new LinkedHashMap<>();
        doc.get("params", Document.class).forEach((k, v) -> params.put(k, v == null ? null : v.toString()));
        return new Job(doc.getString("_id"), doc.getString("kind"), params, doc.getInteger("attempts", 0));
    }
}
