package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.chidoan.core.kernel.outbox.Candidate;

/**
 * The entries one dispatcher knows to be waiting, best first: interactive before bulk, then oldest.
 * Bounded: past its capacity it forgets the worst ones, which stay PENDING in the database and come
 * back with a later scan. It also remembers the revision at which it handed out each of the last
 * {@value #HANDED_OUT_REMEMBERED} entries: a scan that read one just before its claim would offer it again
 * at that revision, and the claim would fail (a sending thread, a round trip and a place in the shared
 * pace spent for nothing), so such a view is ignored like an older view of a known entry; a later
 * revision (a retry, a lease run out) is taken as usual.
 */
final class ReadyQueue {
    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
            .thenComparing(Candidate::createdAt).thenComparing(Candidate::key);

    private static final int HANDED_OUT_REMEMBERED = 20_000;

    private final int capacity;
    private final TreeSet<Candidate> ordered = new TreeSet<>(ORDER);
    private final Map<String, Candidate> byKey = new HashMap<>();
    private final Map<String, Long> handedOut = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > HANDED_OUT_REMEMBERED;
        }
    };
    private boolean overflowed;

    ReadyQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Adds or refreshes a candidate; an older view of a known entry, or of one handed out since, is ignored. */
    synchronized void offer(Candidate candidate) {
        Long out = handedOut.get(candidate.key());
        if (out != null && out >= candidate.rev()) {
            return;
        }
        Candidate known = byKey.get(candidate.key());
        if (known != null) {
            if (known.rev() >= candidate.rev()) {
                return;
            }
            ordered.remove(known);
        }
        ordered.add(candidate);
        byKey.put(candidate.key(), candidate);
        if (ordered.size() > capacity) {
            byKey.remove(ordered.pollLast().key());
            overflowed = true;
        }
    }

    /** Removes and returns the best candidate that is due and whose chat is free, or null. */
    synchronized Candidate pollEligible(Instant now, Predicate<Candidate> free) {
        for (Iterator<Candidate> it = ordered.iterator(); it.hasNext();) {
            Candidate candidate = it.next();
            if (!candidate.dueAt().isAfter(now) && free.test(candidate)) {
                it.remove();
                byKey.remove(candidate.key());
                handedOut.put(candidate.key(), candidate.rev());
                return candidate;
            }
        }
        return null;
    }

    /** A candidate handed out but not started after all: due again as it was. */
    synchronized void putBack(Candidate candidate) {
        handedOut.remove(candidate.key());
        offer(candidate);
    }

    synchronized boolean hasDue(Instant now) {
        return ordered.stream().anyMatch(c -> !c.dueAt().isAfter(now));
    }

    /** The earliest time a known candidate becomes due, or null if none is known. */
    synchronized Instant nextDue() {
        return ordered.stream().map(Candidate::dueAt).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether candidates were forgotten since the last call. */
    synchronized boolean takeOverflowed() {
        boolean was = overflowed;
        overflowed = false;
        return was;
    }
}
