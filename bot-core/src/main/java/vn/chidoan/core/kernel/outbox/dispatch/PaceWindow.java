package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One limit of a platform's pace (at most {@code count} calls in any {@code per}) as the {@link Pacer}
 * keeps it: the times the last calls returned (at most {@code count} of them), the calls in flight,
 * and the places started sends claimed for calls they have not made yet. A call counts from the moment
 * it was allowed until a window after it returned; the platform counts it once, when it arrives, which
 * is in between. Not thread-safe: the pacer holds its lock around every use.
 */
final class PaceWindow {
    private final PlatformSender.Limit limit;
    private final ArrayDeque<Instant> times = new ArrayDeque<>();
    int inFlight;
    int claimed;

    PaceWindow(PlatformSender.Limit limit) {
        this.limit = limit;
    }

    /** The most calls the window ever holds (no limit: any number). */
    int most() {
        return limit.limits() ? limit.count() : Integer.MAX_VALUE;
    }

    /** Whether a new send may start now: room for one call beyond those in flight and those claimed. */
    boolean admits(Instant now) {
        return until(now, claimed + 1).isZero();
    }

    /**
     * Zero when {@code places} more calls fit now beside those returned within the window and those in
     * flight (not the claims: a started send takes its own claims with this); else how long until the
     * oldest returned calls that stand in their way leave, or the window's length if those in flight
     * alone stand in the way.
     */
    Duration until(Instant now, int places) {
        int over = times.size() + inFlight + places - limit.count();
        if (!limit.limits() || over <= 0) {
            return Duration.ZERO;
        }
        if (over > times.size()) {
            return limit.per();
        }
        Instant leaves = times.stream().skip(over - 1L).findFirst().orElseThrow().plus(limit.per());
        Duration left = Duration.between(now, leaves);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** A call that returned at {@code at} (the calls are counted in the order they returned). */
    void add(Instant at) {
        if (!limit.limits()) {
            return;
        }
        times.addLast(at);
        while (times.size() > limit.count()) {
            times.removeFirst();
        }
    }

    /** No call it remembers limits anything any more. */
    boolean over(Instant now) {
        return times.isEmpty() || !times.peekLast().plus(limit.per()).isAfter(now);
    }
}
