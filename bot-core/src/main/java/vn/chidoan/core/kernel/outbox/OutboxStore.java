package vn.chidoan.core.kernel.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * The {@code outbox} collection. Every change of an entry's state increments its {@code rev}, and
 * changes made by a dispatcher compare-and-set on {@code (_id, rev)}: a unique index on that pair
 * makes the check an index lookup on every server (the embedded one uses only unique indexes), and a
 * dispatcher holding a stale view simply changes nothing.
 */
@Component
public class OutboxStore {
    static final String COLLECTION = "outbox";
    private static final Sort ORDER = Sort.by(RANK, CREATED_AT, KEY);
    static final int INSERT_BATCH = 250;

    private final MongoTemplate mongo;
    private final OutboxFiles files;

    public OutboxStore(MongoTemplate mongo) {
        this(mongo, OutboxFiles.DEFAULT_LIMIT);
    }

    /** {@code inlineFileLimit}: the largest generated file kept inside its entry, in bytes ({@link OutboxFiles}). */
    @Autowired
    public OutboxStore(MongoTemplate mongo,
            @Value("${chidoan.outbox.inline-file-limit:" + OutboxFiles.DEFAULT_LIMIT + "}") int inlineFileLimit) {
        this.mongo = mongo;
        this.files = new OutboxFiles(mongo, inlineFileLimit);
        IndexOperations indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(index("key_rev", KEY, REV).unique());
        indexes.createIndex(index("due", PLATFORM, STATUS, RANK, CREATED_AT, NEXT_ATTEMPT_AT));
        indexes.createIndex(index("lease", PLATFORM, STATUS, LEASE_UNTIL));
        indexes.createIndex(index("chat_status_updated", CHAT, STATUS, UPDATED_AT));
        indexes.createIndex(index("status_updated", STATUS, UPDATED_AT));
        indexes.createIndex(index("status_key", STATUS, KEY)); // a batch counted from its keys: OutboxBatches
        dropIfPresent(indexes, "chat_status"); // a prefix of chat_status_updated: every status change paid for it
    }

    private static void dropIfPresent(IndexOperations indexes, String name) {
        if (indexes.getIndexInfo().stream().anyMatch(info -> name.equals(info.getName()))) {
            indexes.dropIndex(name);
        }
    }

    private static Index index(String name, String... keys) {
        Index index = new Index().named(name);
        for (String key : keys) {
            index.on(key, Sort.Direction.ASC);
        }
        return index;
    }

    /** The database, for the outbox's own collections next to this one (the shared pace). */
    public MongoTemplate template() {
        return mongo;
    }

    /**
     * Stores a new entry; false if its key is already taken. The entry is the codec's document, so it
     * goes straight to the driver's collection: every answer to an inbound event comes through here,
     * and the template's mapping of a document that needs none was a good part of the insert's cost.
     */
    public boolean insert(Document entry) {
        files.stash(entry);
        try {
            mongo.getCollection(COLLECTION).insertOne(entry);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a replay: it may have uploaded the file of an entry delivered since
            files.dropUnneeded(OutboxFiles.stashedKeys(List.of(entry)));
            return false;
        }
    }

    /**
     * Stores new entries in unordered bulk inserts of at most {@value #INSERT_BATCH}: an entry whose key is
     * taken is skipped, the others are stored all the same. Returns the entries stored. In batches because
     * the embedded server holds the collection for a whole insert: a province's slice (thousands of
     * entries) in one insert held every claim and outcome of the sends under way for most of a second.
     */
    List<Document> insertAll(List<Document> entries) {
        Set<Integer> taken = new HashSet<>();
        entries.forEach(files::stash);
        for (int from = 0; from < entries.size(); from += INSERT_BATCH) {
            insertBatch(entries.subList(from, Math.min(entries.size(), from + INSERT_BATCH)), from, taken);
        }
        List<Document> stored = new ArrayList<>(entries.size() - taken.size());
        List<Document> replays = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            (taken.contains(i) ? replays : stored).add(entries.get(i));
        }
        files.dropUnneeded(OutboxFiles.stashedKeys(replays));
        return stored;
    }

    /** Inserts one batch; adds to {@code taken} the positions (from {@code offset}) of the keys already stored. */
    private void insertBatch(List<Document> batch, int offset, Set<Integer> taken) {
        try {
            mongo.getCollection(COLLECTION).insertMany(batch, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                taken.add(offset + error.getIndex());
            }
        }
    }

    public Optional<Document> find(String key) {
        return Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION));
    }

    /**
     * Entries of a platform to send now, best first (interactive, then oldest): PENDING ones that are
     * due, and SENDING ones whose dispatcher's lease ran out (it stopped before recording the outcome).
     */
    public List<Document> due(Platform platform, Instant now, int limit) {
        Date at = Date.from(now);
        Query query = new Query(where(PLATFORM).is(platform.code()).orOperator(
                where(STATUS).is(OutboxStatus.PENDING.name()).and(NEXT_ATTEMPT_AT).lte(at),
                where(STATUS).is(OutboxStatus.SENDING.name()).and(LEASE_UNTIL).lt(at)))
                .with(ORDER).limit(limit);
        query.fields().include(KEY, CHAT, KIND, RANK, CREATED_AT, NEXT_ATTEMPT_AT, REV, STATUS);
        return mongo.find(query, Document.class, COLLECTION);
    }

    /**
     * Takes an entry for sending if it is still at {@code rev} (so still as the caller saw it: PENDING
     * and due, or SENDING under an expired lease); returns it as claimed, or null.
     */
    public Document claim(String key, long rev, String owner, Instant now, Instant leaseUntil) {
        Update update = change(now).set(STATUS, OutboxStatus.SENDING.name()).set(LEASE_OWNER, owner)
                .set(LEASE_UNTIL, Date.from(leaseUntil)).inc(ATTEMPTS, 1);
        return files.fetch(mongo.findAndModify(at(key, rev), update, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION));
    }

    /** The entry was delivered or forwarded: the file it had in chunks, if any, is deleted. */
    public void dropFile(String key) {
        files.drop(List.of(key));
    }

    /** Applies {@code update} if the entry is still at {@code rev}; its rev then grows by one. */
    public boolean transition(String key, long rev, Update update) {
        return mongo.updateFirst(at(key, rev), update, COLLECTION).getModifiedCount() == 1;
    }

    /** Puts back what the delivery journal recorded (start-up only): {@link DeliveredRestore}. */
    public boolean restoreDelivered(Document delivered, boolean hadFile) {
        return new DeliveredRestore(mongo, files).restore(delivered, hadFile);
    }

    /** An update that records a change of state at {@code now} and releases any lease. */
    static Update change(Instant now) {
        return new Update().inc(REV, 1L).set(UPDATED_AT, Date.from(now));
    }

    public static Update settle(OutboxStatus status, Instant now) {
        return change(now).set(STATUS, status.name()).unset(LEASE_OWNER).unset(LEASE_UNTIL);
    }

    public long retarget(ChatRef from, ChatRef to, Instant now) {
        long pending = mongo.updateMulti(ofChat(from, OutboxStatus.PENDING),
                change(now).set(CHAT, to.key()).set(NEXT_ATTEMPT_AT, Date.from(now)), COLLECTION).getModifiedCount();
        long held = mongo.updateMulti(ofChat(from, OutboxStatus.HELD), change(now).set(CHAT, to.key()), COLLECTION)
                .getModifiedCount();
        return pending + held;
    }

    public long failChat(ChatRef chat, String reason, Instant now) {
        Query query = new Query(where(CHAT).is(chat.key())
                .and(STATUS).in(OutboxStatus.PENDING.name(), OutboxStatus.HELD.name()));
        return mongo.updateMulti(query, settle(OutboxStatus.FAILED, now).set(LAST_ERROR, reason), COLLECTION)
                .getModifiedCount();
    }

    public long releaseHeld(ChatRef chat, Instant now) {
        return mongo.updateMulti(ofChat(chat, OutboxStatus.HELD),
                settle(OutboxStatus.PENDING, now).set(NEXT_ATTEMPT_AT, Date.from(now)), COLLECTION).getModifiedCount();
    }

    /** The message last delivered to the chat, if one is still kept. */
    public Optional<Document> lastDelivered(ChatRef chat) {
        Query query = ofChat(chat, OutboxStatus.DELIVERED).addCriteria(where(KIND).is(OutboxEntry.Kind.MESSAGE.name()))
                .with(Sort.by(Sort.Direction.DESC, UPDATED_AT)).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Document.class, COLLECTION));
    }

    /** The chat's HELD entries, oldest first: key, rank, creation time and message. */
    public List<Document> held(ChatRef chat) {
        Query query = ofChat(chat, OutboxStatus.HELD).with(Sort.by(CREATED_AT, KEY));
        query.fields().include(KEY, RANK, PRIORITY, CREATED_AT, MESSAGE + ".text", MESSAGE + ".attachment.fileName");
        return mongo.find(query, Document.class, COLLECTION);
    }

    /** HELD entries among {@code keys} become due now; returns how many. */
    public long releaseHeld(List<String> keys, Instant now) {
        return mongo.updateMulti(heldAmong(keys), settle(OutboxStatus.PENDING, now).set(NEXT_ATTEMPT_AT, Date.from(now)),
                COLLECTION).getModifiedCount();
    }

    /** HELD entries among {@code keys} are carried by the entry {@code into} (a summary); returns how many. */
    public long forwardHeld(List<String> keys, String into, Instant now) {
        long forwarded = mongo.updateMulti(heldAmong(keys), settle(OutboxStatus.FORWARDED, now).set(FORWARDED_TO, into)
                .unset(ATTACHMENT_CONTENT).unset(ATTACHMENT_FILE), COLLECTION).getModifiedCount();
        files.dropUnneeded(keys);
        return forwarded;
    }

    public long countInFlight() {
        return mongo.count(new Query(where(STATUS).in(OutboxStatus.PENDING.name(), OutboxStatus.SENDING.name())),
                COLLECTION);
    }

    /**
     * Deletes up to {@code batch} entries that ended (DELIVERED, FORWARDED, FAILED) or still wait as
     * HELD, last changed before {@code before}: a failed or held one may carry a generated file with
     * names and absence reasons, kept no longer than the retention.
     */
    public long purgeEnded(Instant before, int batch) {
        Query old = new Query(where(STATUS).in(OutboxStatus.DELIVERED.name(), OutboxStatus.FORWARDED.name(),
                OutboxStatus.FAILED.name(), OutboxStatus.HELD.name()).and(UPDATED_AT).lt(Date.from(before))).limit(batch);
        old.fields().include(KEY);
        List<Object> keys = mongo.find(old, Document.class, COLLECTION).stream().map(d -> d.get(KEY)).toList();
        if (keys.isEmpty()) {
            return 0;
        }
        return mongo.remove(new Query(where(KEY).in(keys)), COLLECTION).getDeletedCount();
    }

    private static Query at(String key, long rev) {
        return new Query(where(KEY).is(key).and(REV).is(rev));
    }

    private static Query heldAmong(List<String> keys) {
        return new Query(where(KEY).in(keys).and(STATUS).is(OutboxStatus.HELD.name()));
    }

    private static Query ofChat(ChatRef chat, OutboxStatus status) {
        return new Query(where(CHAT).is(chat.key()).and(STATUS).is(status.name()));
    }
}
