package vn.chidoan.core.kernel.outbox.dispatch;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One bot's overall pace, shared by every instance that sends for it: the same sliding window as
 * {@link Pacer}'s overall limit (at most {@code count} sends in any {@code per}), but the last {@code
 * count} send times are kept in one document per platform ({@value #COLLECTION}: {@code times}) so that
 * what one instance spent the others cannot spend again. Taking a place is a compare-and-set on the
 * document's {@code rev} (a plain {@code {_id, rev}} filter, an index look-up on both databases), so two
 * instances never both take the last one. Each instance's own {@link Pacer} still keeps the per-chat
 * limits, which one instance sees whole as long as a chat's messages go out from it. A place is taken
 * when the send starts (the local pacer counts it again when the call returned): one read and one write
 * per send, at Telegram's 30 a second 60 small operations.
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
        this.count = pacing.overall().limits() ? pacing.overall().count() : 0;
        this.per = pacing.overall().per();
    }

    /** Counts a send starting {@code now}; false when the bot's window is full (or busy: try again). */
    boolean take(Instant now) {
        if (count <= 0) {
            return true;
        }
        for (int i = 0; i < TRIES; i++) {
            Document doc = pace.find(new Document("_id", id)).first();
            if (doc == null) {
                create();
                continue;
            }
            List<Date> times = new ArrayList<>(doc.getList("times", Date.class));
            if (times.size() >= count) {
                Instant free = times.get(times.size() - count).toInstant().plus(per);
                if (free.isAfter(now)) {
                    fullUntil = free;
                    return false;
                }
            }
            int at = times.size();
            while (at > 0 && times.get(at - 1).toInstant().isAfter(now)) {
                at--; // another instance's clock ran a little ahead: kept in order
            }
            times.add(at, Date.from(now));
            if (replace(doc, times.subList(Math.max(0, times.size() - count), times.size()))) {
                return true;
            }
        }
        return false;
    }

    /** Gives back the place taken at {@code at} for a send that did not happen (another instance had claimed it). */
    void giveBack(Instant at) {
        if (count <= 0) {
            return;
        }
        for (int i = 0; i < TRIES; i++) {
            Document doc = pace.find(new Document("_id", id)).first();
            List<Date> times = new ArrayList<>(doc.getList("times", Date.class));
            if (!times.remove(Date.from(at)) || replace(doc, times)) {
                return;
            }
        }
    }

    /** How long until the window that was full at the last {@link #take} has a place again (zero if it had). */
    Duration untilFree(Instant now) {
        return fullUntil.isAfter(now) ? Duration.between(now, fullUntil) : Duration.ZERO;
    }

    private boolean replace(Document doc, List<Date> times) {
        Document at = new Document("_id", id).append("rev", doc.get("rev"));
        Document change = new Document("$set", new Document("times", new ArrayList<>(times)))
                .append("$inc", new Document("rev", 1L));
        return pace.updateOne(at, change).getModifiedCount() == 1;
    }

    private void create() {
        try {
            pace.insertOne(new Document("_id", id).append("rev", 0L).append("times", List.of()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
