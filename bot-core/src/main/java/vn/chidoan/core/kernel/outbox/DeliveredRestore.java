package vn.chidoan.core.kernel.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** The outbox's side of the delivery journal's replay (start-up only), apart from the store's everyday paths. */
final class DeliveredRestore {
    private static final String COLLECTION = OutboxStore.COLLECTION;

    private final MongoTemplate mongo;
    private final OutboxFiles files;

    DeliveredRestore(MongoTemplate mongo, OutboxFiles files) {
        this.mongo = mongo;
        this.files = files;
    }

    /**
     * At start-up, before any dispatcher runs: {@code delivered} (an entry as it stood once recorded
     * DELIVERED) is DELIVERED here whatever a crash left of it: settled if it was left at an earlier
     * state, inserted if the crash lost the entry itself (so the same cause enqueueing it again finds
     * its key taken). An entry already DELIVERED stays as it is. Returns whether anything changed.
     */
    boolean restore(Document delivered, boolean hadFile) {
        String key = delivered.getString(KEY);
        Update settled = OutboxStore.settle(OutboxStatus.DELIVERED, delivered.getDate(UPDATED_AT).toInstant())
                .set(PLATFORM_MESSAGE_ID, delivered.getString(PLATFORM_MESSAGE_ID))
                .unset(ATTACHMENT_CONTENT).unset(ATTACHMENT_FILE);
        Query notYet = new Query(where(KEY).is(key).and(STATUS).ne(OutboxStatus.DELIVERED.name()));
        boolean changed = mongo.updateFirst(notYet, settled, COLLECTION).getModifiedCount() == 1;
        if (!changed) {
            try {
                mongo.insert(delivered, COLLECTION);
                changed = true;
            } catch (DuplicateKeyException alreadyDelivered) {
                // stored as DELIVERED before the crash
            }
        }
        if (changed && hadFile) {
            files.dropUnneeded(List.of(key));
        }
        return changed;
    }
}
