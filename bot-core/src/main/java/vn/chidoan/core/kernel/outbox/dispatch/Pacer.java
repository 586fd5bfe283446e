package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One platform's pace, by the injected clock: a token bucket holding at most one second of sends,
 * and for each chat the earliest time it may be written to again. Kept in memory per instance: two
 * instances sending for one bot each spend the whole budget (a budget shared through MongoDB is the
 * next step on the scale path).
 */
final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final int perSecond;
    private final Function<ChatRef, Duration> gap;
    private final Map<ChatRef, Instant> chatFreeAt = new HashMap<>();
    private double tokens;
    private Instant refilledAt;

    Pacer(PlatformSender.Pacing pacing) {
        this.perSecond = pacing.perSecond();
        this.gap = pacing.gapPerChat() == null ? chat -> Duration.ZERO : pacing.gapPerChat();
        this.tokens = Math.max(perSecond, 0);
    }

    synchronized boolean hasToken(Instant now) {
        refill(now);
        return perSecond <= 0 || tokens >= 1;
    }

    synchronized Duration untilNextToken(Instant now) {
        refill(now);
        if (perSecond <= 0 || tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * 1_000_000_000L / perSecond));
    }

    synchronized boolean chatFree(ChatRef chat, Instant now) {
        Instant free = chatFreeAt.get(chat);
        return free == null || !free.isAfter(now);
    }

    /** Spends a token and, for a message, starts the chat's gap. */
    synchronized void sent(ChatRef chat, boolean paced, Instant now) {
        if (perSecond > 0) {
            tokens -= 1;
        }
        if (paced) {
            hold(chat, now.plus(gap.apply(chat)), now);
        }
    }

    /** The chat may not be written to before {@code until} (the platform asked to wait). */
    synchronized void pause(ChatRef chat, Instant until, Instant now) {
        hold(chat, until, now);
    }

    private void hold(ChatRef chat, Instant until, Instant now) {
        chatFreeAt.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
        if (chatFreeAt.size() > PRUNE_ABOVE) {
            chatFreeAt.values().removeIf(free -> !free.isAfter(now));
        }
    }

    private void refill(Instant now) {
        if (refilledAt == null) {
            refilledAt = now;
        } else if (perSecond > 0 && now.isAfter(refilledAt)) {
            double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
            tokens = Math.min(perSecond, tokens + seconds * perSecond);
            refilledAt = now;
        }
    }
}
