package vn.chidoan.core.kernel.inbound;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * The {@code inbound_events} collection: one document per platform event, {@code _id} = its key, so
 * a replay cannot be stored twice. Every change of state increments {@code rev}, and workers
 * compare-and-set on {@code (_id, rev)} (a unique index serves it on every server), so an event is
 * claimed by one worker at a time. A DONE event drops its payload: only its key is still needed.
 * The writes made for every event (the insert, DONE) go straight to the driver's collection, and
 * DONE is written for a lane's batch of events at once: together about half the work per event of
 * going through the template one event at a time.
 */
@Component
class InboundStore {
    static final String COLLECTION = "inbound_events";
    static final String KEY = "_id";
    static final String REV = "rev";
    static final String PLATFORM = "platform";
    static final String LANE = "lane";
    static final String PAYLOAD = "payload";
    static final String STATUS = "status";
    static final String RECEIVED_AT = "receivedAt";
    static final String ATTEMPTS = "attempts";
    static final String LEASE_OWNER = "leaseOwner";
    static final String LEASE_UNTIL = "leaseUntil";
    static final String LAST_ERROR = "lastError";
    static final String FINISHED_AT = "finishedAt";

    enum Status {
        PENDING, PROCESSING, DONE, FAILED
    }

    private final MongoTemplate mongo;

    InboundStore(MongoTemplate mongo) {
        this.mongo = mongo;
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(index("key_rev", KEY, REV).unique());
        indexes.createIndex(index("status_received", STATUS, RECEIVED_AT));
        indexes.createIndex(index("status_lease", STATUS, LEASE_UNTIL));
        indexes.createIndex(index("status_finished", STATUS, FINISHED_AT));
    }

    private static Index index(String name, String... keys) {
        Index index = new Index().named(name);
        for (String key : keys) {
            index.on(key, Sort.Direction.ASC);
        }
        return index;
    }

    /** Records a new event; false if its key was seen before. One insert, nothing read. */
    boolean insert(Platform platform, String key, String lane, String payload, Instant now) {
        Document event = new Document(KEY, key).append(REV, 0L).append(PLATFORM, platform.code()).append(LANE, lane)
                .append(PAYLOAD, payload).append(STATUS, Status.PENDING.name()).append(RECEIVED_AT, Date.from(now))
                .append(ATTEMPTS, 0);
        try {
            mongo.getCollection(COLLECTION).insertOne(event);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Takes the event for handling if it is still at {@code rev}; returns it as claimed, or null. */
    Document claim(String key, long rev, String owner, Instant leaseUntil) {
        Update update = new Update().inc(REV, 1L).inc(ATTEMPTS, 1).set(STATUS, Status.PROCESSING.name())
                .set(LEASE_OWNER, owner).set(LEASE_UNTIL, Date.from(leaseUntil));
        return mongo.findAndModify(at(key, rev), update, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
    }

    /** Counts a failed try and renews the lease for the next one. */
    boolean retrying(String key, long rev, String error, Instant leaseUntil) {
        Update update = new Update().inc(REV, 1L).inc(ATTEMPTS, 1).set(LAST_ERROR, error)
                .set(LEASE_UNTIL, Date.from(leaseUntil));
        return changed(key, rev, update);
    }

    /** An event handled at {@code rev} after {@code attempts} tries, to record as DONE. */
    record Finished(String key, long rev, int attempts) {
    }

    /**
     * Records the events DONE in one round trip, each only if still at its rev; returns how many
     * were (fewer when another worker took one over meanwhile). The filter is the plain
     * {@code {_id, rev}} document ({@code Filters.and} would send an {@code $and}, which the
     * embedded server answers by scanning the collection instead of using the unique index).
     */
    int done(List<Finished> events, Instant now) {
        Date at = Date.from(now);
        List<UpdateOneModel<Document>> updates = events.stream().map(e -> new UpdateOneModel<Document>(
                new Document(KEY, e.key()).append(REV, e.rev()),
                Updates.combine(Updates.inc(REV, 1L), Updates.set(STATUS, Status.DONE.name()),
                        Updates.set(FINISHED_AT, at), Updates.set(ATTEMPTS, e.attempts()), Updates.unset(PAYLOAD),
                        Updates.unset(LEASE_OWNER), Updates.unset(LEASE_UNTIL)))).toList();
        if (updates.isEmpty()) {
            return 0;
        }
        return mongo.getCollection(COLLECTION).bulkWrite(updates, new BulkWriteOptions().ordered(false))
                .getModifiedCount();
    }

    boolean failed(String key, long rev, String error, Instant now) {
        return changed(key, rev, finished(Status.FAILED, now).set(LAST_ERROR, error));
    }

    /**
     * Events nobody is handling: PENDING ones older than {@code pendingBefore} (their worker's queue
     * was lost with a crash) and PROCESSING ones whose lease ran out; oldest first.
     */
    List<Document> recoverable(Instant pendingBefore, Instant now, int limit) {
        Query query = new Query(new Criteria().orOperator(
                where(STATUS).is(Status.PENDING.name()).and(RECEIVED_AT).lt(Date.from(pendingBefore)),
                where(STATUS).is(Status.PROCESSING.name()).and(LEASE_UNTIL).lt(Date.from(now))))
                .with(Sort.by(RECEIVED_AT, KEY)).limit(limit);
        query.fields().include(KEY, REV, LANE);
        return mongo.find(query, Document.class, COLLECTION);
    }

    /**
     * Deletes up to {@code batch} DONE or FAILED events finished before {@code before} (a FAILED one
     * still holds its payload: someone's message, kept no longer than the retention).
     */
    long purgeFinished(Instant before, int batch) {
        Query old = new Query(where(STATUS).in(Status.DONE.name(), Status.FAILED.name())
                .and(FINISHED_AT).lt(Date.from(before))).limit(batch);
        old.fields().include(KEY);
        List<Object> keys = mongo.find(old, Document.class, COLLECTION).stream().map(d -> d.get(KEY)).toList();
        return keys.isEmpty() ? 0 : mongo.remove(new Query(where(KEY).in(keys)), COLLECTION).getDeletedCount();
    }

    static long rev(Document event) {
        return ((Number) event.get(REV)).longValue();
    }

    private boolean changed(String key, long rev, Update update) {
        return mongo.updateFirst(at(key, rev), update, COLLECTION).getModifiedCount() == 1;
    }

    private static Update finished(Status status, Instant now) {
        return new Update().inc(REV, 1L).set(STATUS, status.name()).set(FINISHED_AT, Date.from(now))
                .unset(LEASE_OWNER).unset(LEASE_UNTIL);
    }

    private static Query at(String key, long rev) {
        return new Query(where(KEY).is(key).and(REV).is(rev));
    }
}
