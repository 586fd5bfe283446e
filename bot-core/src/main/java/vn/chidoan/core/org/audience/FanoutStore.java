package vn.chidoan.core.org.audience;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code fanouts}: one document per fan-out, keyed by its cause, holding the branches and the progress
 * cursor {@code next} (the branches before it are done). Every change compare-and-sets on
 * {@code (_id, rev)}, whose unique index makes the check an index lookup on every server, so of two
 * instances only one moves a fan-out on; the lease ({@code owner}, {@code leaseUntil}) says who is
 * moving it and until when the others leave it alone. {@code failures} counts the failed tries of the
 * slice at the cursor; {@code failed} lists the branches left out after their slice kept failing. A
 * finished fan-out keeps only its counts and those branches.
 */
final class FanoutStore {
    static final String COLLECTION = "fanouts";

    /** A fan-out as last read; {@code rev} is what the next change must find. */
    record Job(String cause, long rev, String kind, List<UnitId> branches, int next, int total, String owner,
            Instant leaseUntil, Instant doneAt, int failures, List<UnitId> failed) {

        boolean done() {
            return doneAt != null;
        }

        /** Someone is moving it on and their lease still runs. */
        boolean heldAt(Instant now) {
            return owner != null && leaseUntil != null && leaseUntil.isAfter(now);
        }

        List<UnitId> slice(int size) {
            return branches.subList(next, Math.min(total, next + size));
        }
    }

    private final MongoTemplate mongo;

    FanoutStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index().named("key_rev").on("_id", Sort.Direction.ASC)
                .on("rev", Sort.Direction.ASC).unique());
        // the sweep reads what is unfinished, not every fan-out ever made (each holds its branches: a
        // province's is thousands of ids)
        mongo.indexOps(COLLECTION).createIndex(new Index().named("unfinished").on("doneAt", Sort.Direction.ASC)
                .on("createdAt", Sort.Direction.ASC));
    }

    /** Records a new fan-out; false if the cause has one already (a replay). */
    boolean create(String cause, String kind, List<UnitId> branches, Instant now) {
        Document doc = new Document("_id", cause).append("rev", 0L).append("kind", kind)
                .append("branches", branches.stream().map(UnitId::value).toList()).append("next", 0)
                .append("total", branches.size()).append("createdAt", Date.from(now));
        try {
            mongo.insert(doc, COLLECTION);
            return true;
        } catch (DuplicateKeyException replay) {
            return false;
        }
    }

    Optional<Job> find(String cause) {
        return Optional.ofNullable(mongo.findById(cause, Document.class, COLLECTION)).map(FanoutStore::job);
    }

    /** Takes the fan-out for {@code owner} until {@code leaseUntil}, if nobody changed it since it was read. */
    Optional<Job> claim(Job job, String owner, Instant leaseUntil) {
        return change(job, new Update().set("owner", owner).set("leaseUntil", Date.from(leaseUntil)));
    }

    /**
     * Moves the cursor past the slice handed over and renews the lease, recording the branches of the
     * slice that did not get it: one atomic step.
     */
    Optional<Job> advance(Job job, int next, List<UnitId> leftOut, Instant leaseUntil) {
        Update update = new Update().set("next", next).set("leaseUntil", Date.from(leaseUntil)).set("failures", 0);
        if (!leftOut.isEmpty()) {
            update.push("failed").each(leftOut.stream().map(UnitId::value).toArray());
        }
        return change(job, update);
    }

    /** Counts a failed try of the slice and lets go of the fan-out, so that the next sweep tries again. */
    void failedAttempt(Job job) {
        change(job, new Update().inc("failures", 1).unset("owner").unset("leaseUntil"));
    }

    /** Marks it done and drops its branch list. */
    void finish(Job job, Instant now) {
        change(job, new Update().set("doneAt", Date.from(now)).unset("branches").unset("owner").unset("leaseUntil"));
    }

    /** The causes of fan-outs not finished yet, oldest first. */
    List<String> unfinished(int limit) {
        Query query = new Query(where("doneAt").is(null)).with(Sort.by("createdAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(doc -> doc.getString("_id")).toList();
    }

    private Optional<Job> change(Job job, Update update) {
        Query at = new Query(where("_id").is(job.cause()).and("rev").is(job.rev()));
        return Optional.ofNullable(mongo.findAndModify(at, update.inc("rev", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)).map(FanoutStore::job);
    }

    private static Job job(Document doc) {
        List<UnitId> branches = doc.getList("branches", String.class, List.of()).stream().map(UnitId::new).toList();
        List<UnitId> failed = doc.getList("failed", String.class, List.of()).stream().map(UnitId::new).toList();
        return new Job(doc.getString("_id"), ((Number) doc.get("rev")).longValue(), doc.getString("kind"), branches,
                doc.getInteger("next"), doc.getInteger("total"), doc.getString("owner"), instant(doc.getDate("leaseUntil")),
                instant(doc.getDate("doneAt")), doc.getInteger("failures", 0), failed);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
