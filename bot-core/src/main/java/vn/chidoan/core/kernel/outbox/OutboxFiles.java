package vn.chidoan.core.kernel.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.chidoan.core.kernel.outbox.OutboxCodec.MESSAGE;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Generated files too big to ride inside their outbox entry (a province's .xlsx): stored in chunks
 * (GridFS, bucket {@value #BUCKET}, which is plain collections and works on the embedded server as on
 * MongoDB) under the entry's key, the entry keeping only {@code message.attachment.contentFile}. A
 * document may hold 16 MiB; the limit ({@code chidoan.outbox.inline-file-limit}, default 1 MiB) is far
 * below it so that the entries every scan and claim reads stay small. The file is uploaded before its
 * entry is inserted (an entry never points at nothing) and read back when the entry is claimed for
 * sending; it is deleted once the entry is delivered or forwarded (the entry's bytes are dropped then too).
 */
final class OutboxFiles {
    static final String BUCKET = "outbox_files";
    static final int DEFAULT_LIMIT = 1024 * 1024;
    static final String CONTENT_FILE = "contentFile";

    private final MongoTemplate mongo;
    private final GridFSBucket bucket;
    private final int limit;

    OutboxFiles(MongoTemplate mongo, int limit) {
        this.mongo = mongo;
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
        this.limit = limit;
    }

    /**
     * Moves the entry's file to the bucket when it is over the limit (the bytes leave the document); a
     * file already stored under the key (the same entry enqueued again) is not uploaded twice.
     */
    void stash(Document entry) {
        Document attachment = attachment(entry);
        if (attachment == null || !(attachment.get("content") instanceof Binary content)
                || content.getData().length <= limit) {
            return;
        }
        String key = entry.getString(OutboxCodec.KEY);
        if (bucket.find(Filters.eq("_id", key)).first() == null) {
            bucket.uploadFromStream(new BsonString(key), attachment.getString("fileName"),
                    new ByteArrayInputStream(content.getData()));
        }
        attachment.remove("content");
        attachment.put(CONTENT_FILE, key);
    }

    /** Puts a stashed file's bytes back into the entry read for sending. */
    Document fetch(Document entry) {
        Document attachment = entry == null ? null : attachment(entry);
        if (attachment == null || attachment.getString(CONTENT_FILE) == null) {
            return entry;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bucket.downloadToStream(new BsonString(attachment.getString(CONTENT_FILE)), bytes);
        attachment.put("content", new Binary(bytes.toByteArray()));
        return entry;
    }

    /** The keys of these entries whose file is in the bucket. */
    static List<String> stashedKeys(List<Document> entries) {
        return entries.stream().filter(OutboxFiles::needsFile).map(d -> d.getString(OutboxCodec.KEY)).toList();
    }

    /**
     * Deletes the files of these keys whose stored entry no longer points at one (delivered, forwarded,
     * or no entry at all): a replay may have uploaded the file of an entry settled since.
     */
    void dropUnneeded(List<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Query stored = new Query(where(OutboxCodec.KEY).in(keys));
        stored.fields().include(OutboxCodec.ATTACHMENT_FILE);
        Set<String> needed = new HashSet<>();
        mongo.find(stored, Document.class, OutboxStore.COLLECTION).stream().filter(OutboxFiles::needsFile)
                .forEach(d -> needed.add(d.getString(OutboxCodec.KEY)));
        drop(keys.stream().filter(key -> !needed.contains(key)).toList());
    }

    private static boolean needsFile(Document entry) {
        Document attachment = attachment(entry);
        return attachment != null && attachment.getString(CONTENT_FILE) != null;
    }

    /** Deletes the files stored under these keys, if any (never an error when there are none). */
    void drop(Collection<String> keys) {
        List<BsonString> ids = keys.stream().map(BsonString::new).toList();
        mongo.getCollection(BUCKET + ".files").deleteMany(Filters.in("_id", ids));
        mongo.getCollection(BUCKET + ".chunks").deleteMany(Filters.in("files_id", ids));
    }

    private static Document attachment(Document entry) {
        Document message = entry.get(MESSAGE, Document.class);
        return message == null ? null : message.get("attachment", Document.class);
    }
}
