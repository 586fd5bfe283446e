package vn.chidoan.core.kernel.outbox.dispatch;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One bot's overall pace, shared by every instance that sends for it: the same sliding window as
 * {@link Pacer}'s overall limit (at most {@code count} sends in any {@code per}), but the last {@code
 * count} send times are kept in one document per platform ({@value #COLLECTION}: {@code times}) so that
 * what one instance spent the others cannot spend again. Taking a place is one update of that document
 * whose filter admits it only while the window has room (single-document atomic on both databases), so
 * two instances never both take the last one. Each instance's own {@link Pacer} still keeps the per-chat
 * limits, which one instance sees whole as long as a chat's messages go out from it. A place is taken
 * when the send starts (the local pacer counts it again when the call returned): one conditional update
 * per send, a read only when the window is full.
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

    /**
     * Counts a send starting {@code now}; false when the bot's window is full. One conditional update: the
     * filter admits the document only while the window has room (fewer than {@code count} times, or the
     * oldest of the last {@code count} at least {@code per} ago), and the update adds the time, keeps the
     * times in order (another instance's clock may run a little ahead) and the last {@code count} of them.
     * Only a refusal reads the document, to learn when the window frees.
     */
    boolean take(Instant now) {
        if (count <= 0) {
            return true;
        }
        for (int i = 0; i < TRIES; i++) {
            if (pace.updateOne(roomAt(now), stamp(now)).getModifiedCount() == 1) {
                return true;
            }
            Document doc = pace.find(new Document("_id", id)).first();
            if (doc == null) {
                create();
                continue;
            }
            List<Date> times = doc.getList("times", Date.class);
            Instant free = times.size() < count ? now : times.get(times.size() - count).toInstant().plus(per);
            fullUntil = free;
            return false;
        }
        return false;
    }

    private Bson roomAt(Instant now) {
        return Filters.and(Filters.eq("_id", id), Filters.or(Filters.exists("times." + (count - 1), false),
                Filters.lte("times.0", Date.from(now.minus(per)))));
    }

    private Bson stamp(Instant now) {
        return Updates.combine(
                Updates.pushEach("times", List.of(Date.from(now)), new PushOptions().sort(1).slice(-count)),
                Updates.inc("rev", 1L));
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
