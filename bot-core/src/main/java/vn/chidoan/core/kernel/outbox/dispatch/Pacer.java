package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One platform's pace, by the injected clock, counted as the platform counts it: no more than its
 * limit in any window (the last N sends are remembered; the next may go once the oldest of them is a
 * window old), overall and per chat, and for each chat a pause the platform asked for (a 429's
 * {@code retry_after}). A send is counted when its call returned, so a slow call never lets the next
 * window's sends reach the platform inside this one. Kept in memory per instance: two instances
 * sending for one bot each spend the whole budget (a budget shared through MongoDB is the next step on
 * the scale path).
 */
final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final Window overall;
    private final Function<ChatRef, PlatformSender.Limit> perChat;
    private final Map<ChatRef, Window> chats = new HashMap<>();
    private final Map<ChatRef, Instant> pausedUntil = new HashMap<>();

    Pacer(PlatformSender.Pacing pacing) {
        this.overall = new Window(pacing.overall());
        this.perChat = pacing.perChat() == null ? chat -> new PlatformSender.Limit(0, Duration.ZERO)
                : pacing.perChat();
    }

    synchronized boolean hasToken(Instant now) {
        return overall.admits(now);
    }

    synchronized Duration untilNextToken(Instant now) {
        return overall.until(now);
    }

    synchronized boolean chatFree(ChatRef chat, Instant now) {
        Instant paused = pausedUntil.get(chat);
        if (paused != null && paused.isAfter(now)) {
            return false;
        }
        Window window = chats.get(chat);
        return window == null || window.admits(now);
    }

    /** Counts a send that ended at {@code now}: overall, and for a message in its chat's window too. */
    synchronized void sent(ChatRef chat, boolean paced, Instant now) {
        overall.add(now);
        if (paced) {
            Window window = chats.computeIfAbsent(chat, c -> new Window(perChat.apply(c)));
            window.add(now);
            if (chats.size() > PRUNE_ABOVE) {
                chats.values().removeIf(w -> w.over(now));
            }
        }
    }

    /** The chat may not be written to before {@code until} (the platform asked to wait). */
    synchronized void pause(ChatRef chat, Instant until, Instant now) {
        pausedUntil.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
        if (pausedUntil.size() > PRUNE_ABOVE) {
            pausedUntil.values().removeIf(free -> !free.isAfter(now));
        }
    }

    /** The times of the last sends under one limit, at most its count of them. */
    private static final class Window {
        private final PlatformSender.Limit limit;
        private final ArrayDeque<Instant> times = new ArrayDeque<>();

        Window(PlatformSender.Limit limit) {
            this.limit = limit;
        }

        boolean admits(Instant now) {
            return until(now).isZero();
        }

        Duration until(Instant now) {
            if (!limit.limits() || times.size() < limit.count()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(limit.per()));
            return left.isNegative() ? Duration.ZERO : left;
        }

        void add(Instant at) {
            if (!limit.limits()) {
                return;
            }
            times.addLast(at);
            while (times.size() > limit.count()) {
                times.removeFirst();
            }
        }

        /** No send it remembers limits anything any more. */
        boolean over(Instant now) {
            return times.isEmpty() || !times.peekLast().plus(limit.per()).isAfter(now);
        }
    }
}
