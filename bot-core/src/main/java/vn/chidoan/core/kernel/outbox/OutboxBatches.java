package vn.chidoan.core.kernel.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The outbox read as batches: the entries whose keys share a prefix (a notice's
 * {@code notice:12:chat:}), counted by status and their failures listed, through the {@code status_key}
 * index ({@link OutboxStore} creates it), so that no entry is read to count them.
 */
public final class OutboxBatches {
    private final MongoTemplate mongo;

    public OutboxBatches(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * How many entries whose keys start with {@code prefix} are in each status (a status with none is left
     * out): one count per status over the keys of the {@code status_key} index, so no entry is read (a
     * notice's progress asks this every few seconds of 75,000 entries while they are being sent).
     */
    public Map<OutboxStatus, Long> countByStatus(String prefix) {
        Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
        for (OutboxStatus status : OutboxStatus.values()) {
            long count = mongo.count(new Query(where(STATUS).is(status.name()).and(KEY).gte(prefix).lt(keysAfter(prefix))),
                    OutboxStore.COLLECTION);
            if (count > 0) {
                counts.put(status, count);
            }
        }
        return counts;
    }

    /** The least string after every string that starts with {@code prefix} (its last character, one up). */
    static String keysAfter(String prefix) {
        int last = prefix.length() - 1;
        if (last < 0 || prefix.charAt(last) >= Character.MIN_SURROGATE) {
            throw new IllegalArgumentException("a key prefix ends with a plain character: " + prefix);
        }
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    /** Up to {@code limit} FAILED entries whose keys start with {@code prefix}: their chat and last error. */
    public List<Document> failedWithKeyPrefix(String prefix, int limit) {
        Query query = new Query(where(STATUS).is(OutboxStatus.FAILED.name()).and(KEY).gte(prefix).lt(keysAfter(prefix)))
                .with(Sort.by(KEY)).limit(limit);
        query.fields().include(KEY, CHAT, LAST_ERROR);
        return mongo.find(query, Document.class, OutboxStore.COLLECTION);
    }
}
