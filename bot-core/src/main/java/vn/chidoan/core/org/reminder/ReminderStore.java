package vn.chidoan.core.org.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Reminders in {@code reminders}, the source of truth the triggers are rebuilt from. Besides the
 * reminder, each document keeps {@code handledUpTo} (occurrences up to it are done or were never
 * due) and {@code changedAt} (so other instances notice the change).
 */
@Component
class ReminderStore {
    static final String COLLECTION = "reminders";
    private static final int BATCH = 1000;

    /** A reminder with its progress. */
    record Stored(Reminder reminder, Instant handledUpTo) {
    }

    private final MongoTemplate mongo;

    ReminderStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("unit", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("changedAt", Sort.Direction.ASC));
    }

    /** On every firing: straight on the driver's collection, which costs half the CPU of the template's mapping. */
    Optional<Stored> find(ReminderId id) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id.value())).first())
                .map(ReminderStore::decode);
    }

    /** The stored reminders among {@code ids}, in one read. */
    Map<ReminderId, Stored> findAll(Collection<ReminderId> ids) {
        Map<ReminderId, Stored> found = new HashMap<>();
        if (!ids.isEmpty()) {
            mongo.getCollection(COLLECTION).find(Filters.in("_id", ids.stream().map(ReminderId::value).toList()))
                    .forEach(doc -> found.put(new ReminderId(doc.getString("_id")), decode(doc)));
        }
        return found;
    }

    /** Writes {@link #encode encoded} reminders, each replacing the one with its id, in one bulk write. */
    void saveAll(List<Document> encoded) {
        if (!encoded.isEmpty()) {
            mongo.getCollection(COLLECTION).bulkWrite(encoded.stream()
                    .map(doc -> new ReplaceOneModel<>(Filters.eq("_id", doc.get("_id")), doc,
                            new ReplaceOptions().upsert(true)))
                    .toList(), new BulkWriteOptions().ordered(false));
        }
    }

    void save(Reminder reminder, Instant handledUpTo, Instant now) {
        mongo.save(encode(reminder, handledUpTo, now), COLLECTION);
    }

    static Document encode(Reminder reminder, Instant handledUpTo, Instant now) {
        return new Document("_id", reminder.id().value()).append("kind", reminder.kind())
                .append("target", reminder.target()).append("unit", reminder.unit().value())
                .append("schedule", ScheduleCodec.encode(reminder.schedule()))
                .append("offsets", reminder.offsets().stream().map(Duration::toMillis).toList())
                .append("handledUpTo", Date.from(handledUpTo)).append("changedAt", Date.from(now));
    }

    boolean delete(ReminderId id) {
        return mongo.remove(byId(id), COLLECTION).getDeletedCount() > 0;
    }

    List<Reminder> ofUnit(UnitId unit) {
        return mongo.find(Query.query(Criteria.where("unit").is(unit.value())), Document.class, COLLECTION).stream()
                .map(doc -> decode(doc).reminder()).toList();
    }

    /** Every reminder, read in batches: close the stream. */
    Stream<Stored> all() {
        return mongo.stream(new Query().cursorBatchSize(BATCH), Document.class, COLLECTION).map(ReminderStore::decode);
    }

    Stream<Stored> changedSince(Instant since) {
        Query query = Query.query(Criteria.where("changedAt").gte(Date.from(since))).cursorBatchSize(BATCH);
        return mongo.stream(query, Document.class, COLLECTION).map(ReminderStore::decode);
    }

    /**
     * Records that occurrences up to {@code at} are done; never moves back. ({@code $max} by id: a
     * query with more than the id would scan the whole collection on the embedded server.) On every
     * firing, so straight on the driver's collection.
     */
    void advance(ReminderId id, Instant at) {
        mongo.getCollection(COLLECTION).updateOne(Filters.eq("_id", id.value()), Updates.max("handledUpTo", Date.from(at)));
    }

    /**
     * Marks a branch's reminders (of one kind, or all for {@code null}) changed now, with nothing
     * before now left to send, and returns their ids.
     */
    List<ReminderId> touch(UnitId unit, String kind, Instant now) {
        mongo.updateMulti(Query.query(unitAndKind(unit, kind).and("handledUpTo").lt(Date.from(now))),
                Update.update("handledUpTo", Date.from(now)), COLLECTION);
        Query all = Query.query(unitAndKind(unit, kind));
        mongo.updateMulti(all, Update.update("changedAt", Date.from(now)), COLLECTION);
        all.fields().include("_id");
        return mongo.find(all, Document.class, COLLECTION).stream().map(d -> new ReminderId(d.getString("_id")))
                .toList();
    }

    private static Criteria unitAndKind(UnitId unit, String kind) {
        Criteria criteria = Criteria.where("unit").is(unit.value());
        return kind == null ? criteria : criteria.and("kind").is(kind);
    }

    private static Query byId(ReminderId id) {
        return Query.query(Criteria.where("_id").is(id.value()));
    }

    private static Stored decode(Document doc) {
        List<Duration> offsets = doc.getList("offsets", Number.class).stream()
                .map(ms -> Duration.ofMillis(ms.longValue())).toList();
        Reminder reminder = new Reminder(doc.getString("kind"), doc.getString("target"),
                new UnitId(doc.getString("unit")), ScheduleCodec.decode(doc.get("schedule", Document.class)), offsets);
        return new Stored(reminder, doc.getDate("handledUpTo").toInstant());
    }
}
