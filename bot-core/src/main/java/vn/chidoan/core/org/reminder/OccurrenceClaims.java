package vn.chidoan.core.org.reminder;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.Status;

/**
 * One record per (reminder, occurrence) in {@code reminder_occurrences}, its {@code _id} being
 * {@code <reminder>@<occurrence>} (the unique key, and the one lookup the embedded server answers
 * from an index for sure): the instance that inserts it sends the occurrence, every other does
 * nothing. A claim whose lease ran out (its instance stopped mid-way) may be taken over; the outbox
 * keys make the second run send only what the first did not.
 */
@Component
class OccurrenceClaims {
    static final String COLLECTION = "reminder_occurrences";
    private static final Logger log = LoggerFactory.getLogger(OccurrenceClaims.class);

    /** A claim whose lease ran out. */
    record Interrupted(ReminderId reminder, Occurrence occurrence) {
    }

    private final MongoTemplate mongo;

    OccurrenceClaims(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(
                new Index("status", Sort.Direction.ASC).on("leaseUntil", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("decidedAt", Sort.Direction.ASC));
    }

    /** True when this caller now holds the occurrence: it was free, or its holder's lease ran out. */
    boolean claim(ReminderId id, Occurrence occurrence, String owner, Instant now, Instant leaseUntil) {
        Document claim = record(id, occurrence).append("status", Status.CLAIMED.name()).append("owner", owner)
                .append("claimedAt", Date.from(now)).append("leaseUntil", Date.from(leaseUntil));
        if (insert(claim)) {
            return true;
        }
        return takeOver(id, occurrence, now, new Update().set("owner", owner).set("claimedAt", Date.from(now))
                .set("leaseUntil", Date.from(leaseUntil)));
    }

    void markSent(ReminderId id, Occurrence occurrence, Instant now) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", key(id, occurrence.at())), Updates.combine(
                Updates.set("status", Status.SENT.name()), Updates.set("decidedAt", Date.from(now)),
                Updates.unset("leaseUntil")));
    }

    /**
     * Records the occurrence skipped, with a log line; false (and no line) when another instance
     * claimed or decided it first.
     */
    boolean skip(ReminderId id, Occurrence occurrence, SkipReason reason, Instant now) {
        boolean recorded = recordSkip(id, occurrence, reason, now);
        if (recorded) {
            log.info("Reminder {} occurrence {} (event {}) skipped: {}", id, occurrence.at(), occurrence.event(),
                    reason);
        }
        return recorded;
    }

    private boolean recordSkip(ReminderId id, Occurrence occurrence, SkipReason reason, Instant now) {
        Document skipped = record(id, occurrence).append("status", Status.SKIPPED.name()).append("reason", reason.name())
                .append("decidedAt", Date.from(now));
        if (insert(skipped)) {
            return true;
        }
        return takeOver(id, occurrence, now, new Update().set("status", Status.SKIPPED.name())
                .set("reason", reason.name()).set("decidedAt", Date.from(now)).unset("leaseUntil"));
    }

    List<Interrupted> interrupted(Instant now, int limit) {
        Query query = Query.query(Criteria.where("status").is(Status.CLAIMED.name()).and("leaseUntil")
                .lt(Date.from(now))).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream()
                .map(doc -> new Interrupted(new ReminderId(doc.getString("reminder")),
                        new Occurrence(doc.getDate("occurrence").toInstant(), doc.getDate("event").toInstant())))
                .toList();
    }

    Optional<OccurrenceOutcome> outcome(ReminderId id, Instant at) {
        return Optional.ofNullable(mongo.findOne(byKey(id, at), Document.class, COLLECTION)).map(doc -> {
            Status status = Status.valueOf(doc.getString("status"));
            String reason = doc.getString("reason");
            Date when = status == Status.CLAIMED ? doc.getDate("claimedAt") : doc.getDate("decidedAt");
            return new OccurrenceOutcome(status, reason == null ? null : SkipReason.valueOf(reason), when.toInstant());
        });
    }

    /** Forgets occurrences decided before {@code cutoff}; reminders never go back that far. */
    long purgeDecidedBefore(Instant cutoff) {
        return mongo.remove(Query.query(Criteria.where("decidedAt").lt(Date.from(cutoff))), COLLECTION)
                .getDeletedCount();
    }

    /** Claims and marks are on every firing: straight on the driver's collection, half the CPU of the template. */
    private boolean insert(Document doc) {
        try {
            mongo.getCollection(COLLECTION).insertOne(doc);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes over a claim whose lease ran out. The record is first read by its key (cheap
     * everywhere); only a claim that really expired goes to the conditional update, whose extra
     * criteria make the embedded server scan the collection: that happens only after a crash.
     */
    private boolean takeOver(ReminderId id, Occurrence occurrence, Instant now, Update update) {
        Document current = mongo.findOne(byKey(id, occurrence.at()), Document.class, COLLECTION);
        boolean expired = current != null && Status.CLAIMED.name().equals(current.getString("status"))
                && current.getDate("leaseUntil").toInstant().isBefore(now);
        if (!expired) {
            return false;
        }
        Query stillExpired = Query.query(Criteria.where("_id").is(key(id, occurrence.at()))
                .and("status").is(Status.CLAIMED.name()).and("leaseUntil").lt(Date.from(now)));
        return mongo.updateFirst(stillExpired, update, COLLECTION).getModifiedCount() == 1;
    }

    private static Document record(ReminderId id, Occurrence occurrence) {
        return new Document("_id", key(id, occurrence.at())).append("reminder", id.value())
                .append("occurrence", Date.from(occurrence.at())).append("event", Date.from(occurrence.event()));
    }

    private static String key(ReminderId id, Instant at) {
        return id.value() + "@" + at;
    }

    private static Query byKey(ReminderId id, Instant at) {
        return Query.query(Criteria.where("_id").is(key(id, at)));
    }
}
