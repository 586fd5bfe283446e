package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * It remembers the revision at which it handed out each of the last {@value #TAKEN_REMEMBERED} entries:
 * a scan that read one just before its claim would offer it again at that revision, and its claim
 * would fail (a sending thread, a round trip and a place in the shared pace spent for nothing); a view
 * at a later revision (a retry, a lease run out) is offered as usual.
 */
final class DueEntries {
    private static final Logger log = LoggerFactory.getLogger(DueEntries.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final int TAKEN_REMEMBERED = 20_000;

    /** What to do with a stored entry that cannot be read: it would come back at every scan. */
    interface Unreadable {
        void record(String key, long rev, RuntimeException error, Instant now);
    }

    private final Platform platform;
    private final OutboxStore store;
    private final OutboxProperties settings;
    private final Unreadable unreadable;
    private final ReadyQueue queue = new ReadyQueue(QUEUE_CAPACITY);
    private final Map<String, Long> taken = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > TAKEN_REMEMBERED;
        }
    };
    private volatile boolean rescanRequested;
    private Instant lastScan;
    private boolean moreInDatabase;

    DueEntries(Platform platform, OutboxStore store, OutboxProperties settings, Unreadable unreadable) {
        this.platform = platform;
        this.store = store;
        this.settings = settings;
        this.unreadable = unreadable;
    }

    /** Adds a candidate unless it is a view of an entry handed out since, at that revision or before. */
    void offer(Candidate candidate) {
        synchronized (taken) {
            Long at = taken.get(candidate.key());
            if (at != null && candidate.rev() <= at) {
                return;
            }
        }
        queue.offer(candidate);
    }

    /** A candidate handed out but not started after all: due again as it was. */
    void putBack(Candidate candidate) {
        synchronized (taken) {
            taken.remove(candidate.key());
        }
        queue.offer(candidate);
    }

    void rescan() {
        rescanRequested = true;
    }

    /** Removes and returns the best due candidate whose chat is free, or null. */
    Candidate poll(Instant now, Predicate<Candidate> free) {
        Candidate next = queue.pollEligible(now, free);
        if (next != null) {
            synchronized (taken) {
                taken.put(next.key(), next.rev());
            }
        }
        return next;
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
                offer(Candidate.of(doc));
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
