package vn.chidoan.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A platform's rate limit as its fake API enforces it: calls within any window of {@code per}, counted
 * at the moment each call reached the server. A call over the limit is not counted (the platform
 * refused it) and learns how long until it would be taken, which the fake answers as a 429's
 * {@code retry_after} (Telegram) or a rate-limit error (Graph API). Not thread-safe: a fake checks its
 * windows and takes a call in all of them under one lock, reading the time once.
 */
public final class RateWindow {
    private final Duration per;
    private final ArrayDeque<Instant> taken = new ArrayDeque<>();

    public RateWindow(Duration per) {
        this.per = per;
    }

    /** How long from {@code now} until a call is within {@code limit}: zero when it is now. */
    public Duration waitFor(int limit, Instant now) {
        while (!taken.isEmpty() && !taken.peekFirst().plus(per).isAfter(now)) {
            taken.removeFirst();
        }
        if (taken.size() < limit) {
            return Duration.ZERO;
        }
        Iterator<Instant> oldest = taken.iterator();
        Instant leaving = oldest.next();
        for (int i = 0; i < taken.size() - limit; i++) {
            leaving = oldest.next();
        }
        return Duration.between(now, leaving.plus(per));
    }

    /** Counts a call taken at {@code now}. */
    public void take(Instant now) {
        taken.addLast(now);
    }

    /** Seconds to tell a caller that must wait {@code wait}: whole seconds, at least one. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
