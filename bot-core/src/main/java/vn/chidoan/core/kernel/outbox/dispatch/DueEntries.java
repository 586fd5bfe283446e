package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;

/**
 * What one lane knows to be due, best first ({@link ReadyQueue}): told of each entry as it is stored,
 * and reading the database when asked to, every {@code rescanInterval}, and when the queue forgot
 * entries (past its capacity) and has nothing due left. Only the lane's thread reads; anyone may offer.
 * A scan's view of an entry handed out since, at the revision it was handed out at, is not due again
 * ({@link ReadyQueue}).
 */
final class DueEntries {
    private static final Logger log = LoggerFactory.getLogger(DueEntries.class);
    private static final int QUEUE_CAPACITY = 10_000;

    /** What to do with a stored entry that cannot be read: it would come back at every scan. */
    interface Unreadable {
        void record(String key, long rev, RuntimeException error, Instant now);
    }

    private final Platform platform;
    private final OutboxStore store;
    private final OutboxProperties settings;
    private final Unreadable unreadable;
    private final ReadyQueue queue = new ReadyQueue(QUEUE_CAPACITY);
    private volatile boolean rescanRequested;
    private Instant lastScan;
    private boolean moreInDatabase;

    DueEntries(Platform platform, OutboxStore store, OutboxProperties settings, Unreadable unreadable) {
        this.platform = platform;
        this.store = store;
        this.settings = settings;
        this.unreadable = unreadable;
    }

    void offer(Candidate candidate) {
        queue.offer(candidate);
    }

    /** A candidate handed out but not started after all: due again as it was. */
    void putBack(Candidate candidate) {
        queue.putBack(candidate);
    }

    void rescan() {
        rescanRequested = true;
    }

    /** Removes and returns the best due candidate whose chat is free, or null. */
    Candidate poll(Instant now, Predicate<Candidate> free) {
        return queue.pollEligible(now, free);
    }

    boolean hasDue(Instant now) {
        return queue.hasDue(now);
    }

    /** The earliest time a known candidate becomes due, or null if none is known. */
    Instant nextDue() {
        return queue.nextDue();
    }

    /** Reads the database if asked to, if the last read is older than the rescan interval, or if entries were left there. */
    void refresh(Instant now) {
        if (queue.takeOverflowed()) {
            moreInDatabase = true;
        }
        boolean stale = lastScan == null || !now.isBefore(lastScan.plus(settings.rescanInterval()));
        if (!rescanRequested && !stale && !(moreInDatabase && !queue.hasDue(now))) {
            return;
        }
        rescanRequested = false;
        List<Document> due = store.due(platform, now, settings.scanLimit());
        for (Document doc : due) {
            try {
                queue.offer(Candidate.of(doc));
            } catch (RuntimeException error) {
                unreadable.record(doc.getString(OutboxCodec.KEY), ((Number) doc.get(OutboxCodec.REV)).longValue(),
                        error, now);
            }
        }
        long abandoned = due.stream()
                .filter(doc -> OutboxStatus.SENDING.name().equals(doc.getString(OutboxCodec.STATUS))).count();
        if (abandoned > 0) {
            log.warn("outbox: {} {} entries were left sending by a stopped dispatcher; sending them again",
                    abandoned, platform.code());
        }
        moreInDatabase = due.size() >= settings.scanLimit();
        lastScan = now;
    }
}
