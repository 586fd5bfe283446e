package vn.chidoan.core.kernel.work;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * one runs a job at a time, and renews it while it runs; {@code attempts} counts the leases taken,
 * {@code doneAt} ends it. The index on {@code (doneAt, createdAt)} makes the sweep read what is
 * unfinished and the purge what ended long ago, not every job ever run. {@code values} repeats the
 * parameters' values, so that an erasure finds a job that names a person whatever the parameter
 * ({@link JobData}).
 */
final class JobStore {
    static final String COLLECTION = "jobs";
    static final String VALUES = "values";

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
                .append(VALUES, params.values().stream().filter(Objects::nonNull).distinct().toList())
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

    /** Moves the lease of a job {@code owner} runs on to {@code leaseUntil}; false if it is no longer theirs. */
    boolean renew(String id, String owner, Instant leaseUntil) {
        return mongo.updateFirst(new Query(where("_id").is(id).and("owner").is(owner).and("doneAt").is(null)),
                new Update().set("leaseUntil", Date.from(leaseUntil)), COLLECTION).getMatchedCount() == 1;
    }

    /** Deletes up to {@code batch} jobs that ended before {@code before}; returns how many. */
    long purgeFinished(Instant before, int batch) {
        Query old = new Query(where("doneAt").lt(Date.from(before))).limit(batch);
        old.fields().include("_id");
        List<String> ids = mongo.find(old, Document.class, COLLECTION).stream().map(d -> d.getString("_id")).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        return mongo.remove(new Query(where("_id").in(ids)), COLLECTION).getDeletedCount();
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
