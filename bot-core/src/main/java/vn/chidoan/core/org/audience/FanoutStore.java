package vn.chidoan.core.org.audience;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Field;
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

    /**
     * A fan-out as last read; {@code rev} is what the next change must find. {@code slice} holds the
     * branches from the cursor on that were asked for with it (at most a slice: the document's whole list
     * of a province's branches is never read back).
     */
    record Job(String cause, long rev, String kind, List<UnitId> slice, int next, int total, String owner,
            Instant leaseUntil, Instant doneAt, int failures, List<UnitId> failed) {

        boolean done() {
            return doneAt != null;
        }

        /** Someone is moving it on and their lease still runs. */
        boolean heldAt(Instant now) {
            return owner != null && leaseUntil != null && leaseUntil.isAfter(now);
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

    /** The fan-out's state, without its branches. */
    Optional<Job> find(String cause) {
        Query query = new Query(where("_id").is(cause));
        query.fields().exclude("branches");
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION)).map(FanoutStore::job);
    }

    /**
     * Takes the fan-out for {@code owner} until {@code leaseUntil}, if nobody changed it since it was read;
     * with it, its next {@code size} branches.
     */
    Optional<Job> claim(Job job, String owner, Instant leaseUntil, int size) {
        return change(job, new Update().set("owner", owner).set("leaseUntil", Date.from(leaseUntil)),
                branches(job.next(), size));
    }

    /**
     * Moves the cursor past the slice handed over and renews the lease, recording the branches of the
     * slice that did not get it: one atomic step, which reads back the {@code size} branches from the new
     * cursor on.
     */
    Optional<Job> advance(Job job, int next, List<UnitId> leftOut, Instant leaseUntil, int size) {
        Update update = new Update().set("next", next).set("leaseUntil", Date.from(leaseUntil)).set("failures", 0);
        if (!leftOut.isEmpty()) {
            update.push("failed").each(leftOut.stream().map(UnitId::value).toArray());
        }
        return change(job, update, branches(next, size));
    }

    /**
     * The state and {@code size} branches from {@code from} on. The state's fields are named: servers differ
     * on whether a projection of {@code $slice} alone returns the document's other fields.
     */
    private static Consumer<Field> branches(int from, int size) {
        return fields -> fields.include("rev", "kind", "next", "total", "owner", "leaseUntil", "doneAt", "failures",
                "failed").slice("branches", from, size);
    }

    /** Counts a failed try of the slice and lets go of the fan-out, so that the next sweep tries again. */
    void failedAttempt(Job job) {
        change(job, new Update().inc("failures", 1).unset("owner").unset("leaseUntil"), withoutBranches());
    }

    /** Marks it done and drops its branch list. */
    void finish(Job job, Instant now) {
        change(job, new Update().set("doneAt", Date.from(now)).unset("branches").unset("owner").unset("leaseUntil"),
                withoutBranches());
    }

    /** The causes of fan-outs not finished yet, oldest first. */
    List<String> unfinished(int limit) {
        Query query = new Query(where("doneAt").is(null)).with(Sort.by("createdAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, COLLECTION).stream().map(doc -> doc.getString("_id")).toList();
    }

    private static Consumer<Field> withoutBranches() {
        return fields -> fields.exclude("branches");
    }

    /** Compare-and-set on {@code (_id, rev)}; reads back what {@code fields} asks for. */
    private Optional<Job> change(Job job, Update update, Consumer<Field> fields) {
        Query at = new Query(where("_id").is(job.cause()).and("rev").is(job.rev()));
        fields.accept(at.fields());
        return Optional.ofNullable(mongo.findAndModify(at, update.inc("rev", 1L),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)).map(FanoutStore::job);
    }

    private static Job job(Document doc) {
        List<UnitId> slice = doc.getList("branches", String.class, List.of()).stream().map(UnitId::new).toList();
        List<UnitId> failed = doc.getList("failed", String.class, List.of()).stream().map(UnitId::new).toList();
        return new Job(doc.getString("_id"), ((Number) doc.get("rev")).longValue(), doc.getString("kind"), slice,
                doc.getInteger("next"), doc.getInteger("total"), doc.getString("owner"), instant(doc.getDate("leaseUntil")),
                instant(doc.getDate("doneAt")), doc.getInteger("failures", 0), failed);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
