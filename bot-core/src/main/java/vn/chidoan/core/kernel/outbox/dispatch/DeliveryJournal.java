package vn.chidoan.core.kernel.outbox.dispatch;

import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.work.Worker;

/**
 * The record that a message was delivered, made durable the embedded database's way: appended to a
 * {@link Journal} of its own ({@code outbox-journal/}), written to the database (in memory), and the
 * sending thread goes on once the journal record is forced to disk (one fsync for the deliveries that
 * end together). A database commit per delivery group was what held Messenger at 80–90 sends a second;
 * the journal's checkpoint commits the database about once a second instead. At start-up, before the
 * dispatcher starts, {@link #replay} makes every entry the journal holds DELIVERED whatever the crash
 * left of it in the database, so a message recorded as delivered is never sent again. A configured
 * MongoDB has none: the journaled write of DELIVERED is the record there (docs/ARCHITECTURE.md, "Storage").
 */
public final class DeliveryJournal implements Worker, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DeliveryJournal.class);
    private static final DocumentCodec CODEC = new DocumentCodec();
    private static final String ENTRY = "entry";
    private static final String HAD_FILE = "hadFile";

    private final Journal journal;

    public DeliveryJournal(Journal journal) {
        this.journal = journal;
    }

    /**
     * Appends the entry as it stands once recorded DELIVERED ({@code claimed} at {@code rev}, its file
     * left out): the next start can put it back even if the crash lost the entry itself.
     */
    Journal.Entry append(Document claimed, long rev, String messageId, Instant at) {
        Document entry = new Document(claimed).append(REV, rev + 1).append(STATUS, OutboxStatus.DELIVERED.name())
                .append(PLATFORM_MESSAGE_ID, messageId).append(UPDATED_AT, Date.from(at));
        entry.remove(LEASE_OWNER);
        entry.remove(LEASE_UNTIL);
        boolean hadFile = withoutContent(entry);
        var record = new RawBsonDocument(new Document(ENTRY, entry).append(HAD_FILE, hadFile), CODEC).getByteBuffer();
        byte[] bytes = new byte[record.remaining()];
        record.get(bytes);
        return journal.append(bytes);
    }

    /** The attachment without its bytes, copied (the claimed entry stays whole); true if it had a file in chunks. */
    private static boolean withoutContent(Document entry) {
        Document message = entry.get(MESSAGE, Document.class);
        Document attachment = message == null ? null : message.get("attachment", Document.class);
        if (attachment == null) {
            return false;
        }
        Document bare = new Document(attachment);
        bare.remove("content");
        boolean hadFile = bare.remove("contentFile") != null;
        entry.put(MESSAGE, new Document(message).append("attachment", bare));
        return hadFile;
    }

    /**
     * Makes every entry the journal's leftover segments hold DELIVERED in {@code store} (idempotent: an
     * entry already DELIVERED stays as it is), then lets the journal forget them; returns how many changed.
     */
    int replay(OutboxStore store) {
        int records = 0;
        int restored = 0;
        for (byte[] bytes : journal.unfinished()) {
            records++;
            Document record;
            try {
                record = new RawBsonDocument(bytes).decode(CODEC);
            } catch (RuntimeException unreadable) {
                log.error("outbox journal: a record cannot be read and is skipped: {}", unreadable.toString());
                continue;
            }
            if (store.restoreDelivered(record.get(ENTRY, Document.class), record.getBoolean(HAD_FILE, false))) {
                restored++;
            }
        }
        journal.forgetUnfinished();
        if (records > 0) {
            log.info("outbox journal: {} deliveries read back after a stop, {} of them were not recorded yet", records,
                    restored);
        }
        return restored;
    }

    @Override
    public Map<String, Boolean> running() {
        return journal.running();
    }

    @Override
    public void close() {
        journal.close();
    }
}
