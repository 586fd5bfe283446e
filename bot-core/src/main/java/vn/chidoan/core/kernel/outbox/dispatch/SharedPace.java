package vn.chidoan.core.kernel.outbox.dispatch;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One bot's overall pace, shared by every instance that sends for it: the same token bucket as
 * {@link Pacer}'s (at most one second of sends, refilled at the platform's rate), but kept in one
 * document per platform ({@value #COLLECTION}: {@code tokens}, {@code refilledAt}) so that what one
 * instance spent the others cannot spend again. Taking a token is a compare-and-set on the document's
 * {@code rev} (a plain {@code {_id, rev}} filter, an index look-up on both databases), so two instances
 * never both take the last one. Each instance's own {@link Pacer} still keeps the per-chat gaps, which
 * one instance sees whole as long as a chat's messages go out from it. A token is taken when the send
 * starts: one read and one write per send, at Telegram's 30 a second 60 small operations. It follows
 * the local pacer's model on purpose: a pacer that counts sliding windows (the platforms' way) wants the
 * same here, the last {@code count} send times in the document instead of a bucket.
 */
final class SharedPace {
    static final String COLLECTION = "outbox_pace";
    private static final int TRIES = 4;

    private final MongoCollection<Document> pace;
    private final String id;
    private final int count;
    private final Duration per;
    private volatile Instant fullUntil = Instant.MIN;

    SharedPace(OutboxStore store, Platform platform, PlatformSender.Pacing pacing) {
        this.pace = store.template().getCollection(COLLECTION);
        this.id = platform.code();
        this.count = pacing.perSecond();
        this.per = Duration.ofSeconds(1);
    }

    /** Takes a token for a send starting {@code now}; false when the bot's bucket is empty (or busy: try again). */
    boolean take(Instant now) {
        if (count <= 0) {
            return true;
        }
        for (int i = 0; i < TRIES; i++) {
            Document doc = pace.find(new Document("_id", id)).first();
            if (doc == null) {
                create(now);
                continue;
            }
            Instant refilledAt = doc.getDate("refilledAt").toInstant();
            double elapsed = Math.max(0, Duration.between(refilledAt, now).toNanos()) / (double) per.toNanos();
            double tokens = Math.min(count, ((Number) doc.get("tokens")).doubleValue() + elapsed * count);
            if (tokens < 1) {
                fullUntil = now.plusNanos((long) Math.ceil((1 - tokens) * per.toNanos() / count));
                return false;
            }
            Document at = new Document("_id", id).append("rev", doc.get("rev"));
            Document change = new Document("$set", new Document("tokens", tokens - 1)
                    .append("refilledAt", Date.from(now.isAfter(refilledAt) ? now : refilledAt)))
                    .append("$inc", new Document("rev", 1L));
            if (pace.updateOne(at, change).getModifiedCount() == 1) {
                return true;
            }
        }
        return false;
    }

    /** Returns a token taken for a send that did not happen (another instance had claimed the entry). */
    void giveBack() {
        if (count <= 0) {
            return;
        }
        for (int i = 0; i < TRIES; i++) {
            Document doc = pace.find(new Document("_id", id)).first();
            double tokens = Math.min(count, ((Number) doc.get("tokens")).doubleValue() + 1);
            Document at = new Document("_id", id).append("rev", doc.get("rev"));
            if (pace.updateOne(at, new Document("$set", new Document("tokens", tokens))
                    .append("$inc", new Document("rev", 1L))).getModifiedCount() == 1) {
                return;
            }
        }
    }

    /** How long until the bucket that was empty at the last {@link #take} has a token again (zero if it had). */
    Duration untilFree(Instant now) {
        return fullUntil.isAfter(now) ? Duration.between(now, fullUntil) : Duration.ZERO;
    }

    private void create(Instant now) {
        try {
            pace.insertOne(new Document("_id", id).append("rev", 0L).append("tokens", (double) count)
                    .append("refilledAt", Date.from(now)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
