package vn.chidoan.core.kernel.outbox.dispatch;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * for all the sends a lane starts in one pass, a read only when the window has no room for them all.
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

    /** Counts a send starting {@code now}; false when the bot's window is full. */
    boolean take(Instant now) {
        return take(now, 1) == 1;
    }

    /**
     * Counts up to {@code sends} sends starting {@code now}; returns how many the bot's window had room for
     * (0 when full). One conditional update for all of them: the filter admits the document only while the
     * window has room for them all (fewer than {@code count - sends + 1} times, or the {@code sends} oldest of
     * the last {@code count} at least {@code per} ago; the times are kept in order), and the update adds the
     * times, keeps them in order (another instance's clock may run a little ahead) and the last {@code count}
     * of them. Only a refusal reads the document, to learn how many fit and when the window frees.
     */
    int take(Instant now, int sends) {
        if (count <= 0 || sends <= 0) {
            return sends;
        }
        int wanted = Math.min(sends, count);
        for (int i = 0; i < TRIES; i++) {
            if (pace.updateOne(roomAt(now, wanted), stamp(now, wanted)).getModifiedCount() == 1) {
                return wanted;
            }
            Document doc = pace.find(new Document("_id", id)).first();
            if (doc == null) {
                create();
                continue;
            }
            List<Date> times = doc.getList("times", Date.class);
            Date windowStart = Date.from(now.minus(per));
            int room = count - (int) times.stream().filter(t -> t.after(windowStart)).count();
            if (room <= 0) {
                fullUntil = times.get(times.size() - count).toInstant().plus(per);
                return 0;
            }
            wanted = Math.min(wanted, room);
        }
        return 0;
    }

    private Bson roomAt(Instant now, int sends) {
        return Filters.and(Filters.eq("_id", id), Filters.or(Filters.exists("times." + (count - sends), false),
                Filters.lte("times." + (sends - 1), Date.from(now.minus(per)))));
    }

    private Bson stamp(Instant now, int sends) {
        return Updates.combine(
                Updates.pushEach("times", Collections.nCopies(sends, Date.from(now)),
                        new PushOptions().sort(1).slice(-count)),
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
