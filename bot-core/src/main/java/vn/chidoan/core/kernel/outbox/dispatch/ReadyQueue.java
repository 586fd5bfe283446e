package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.chidoan.core.kernel.outbox.Candidate;

/**
 * The entries one dispatcher knows to be waiting, best first: interactive before bulk, then oldest.
 * Bounded: past its capacity it forgets the worst ones, which stay PENDING in the database and come
 * back with a later scan.
 */
final class ReadyQueue {
    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::rank)
            .thenComparing(Candidate::createdAt).thenComparing(Candidate::key);

    private final int capacity;
    private final TreeSet<Candidate> ordered = new TreeSet<>(ORDER);
    private final Map<String, Candidate> byKey = new HashMap<>();
    private boolean overflowed;

    ReadyQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Adds or refreshes a candidate; an older view of a known entry is ignored. */
    synchronized void offer(Candidate candidate) {
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
                return candidate;
            }
        }
        return null;
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
