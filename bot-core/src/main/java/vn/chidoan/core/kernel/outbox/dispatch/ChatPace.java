package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * The per-chat half of a {@link Pacer}: which chats have a send under way (one at a time, so a chat's
 * messages keep their order), each chat's window of calls (Telegram: 20 a minute to a group), and the
 * pauses the platform asked for (a 429's {@code retry_after}). Not thread-safe: the pacer holds its lock
 * around every use.
 */
final class ChatPace {
    private static final int PRUNE_ABOVE = 10_000;

    private final Function<ChatRef, PlatformSender.Limit> perChat;
    private final Map<ChatRef, PaceWindow> windows = new HashMap<>();
    private final Map<ChatRef, Instant> pausedUntil = new HashMap<>();
    private final Set<ChatRef> busy = new HashSet<>();

    /** {@code perChat}: each chat's limit (null: none). */
    ChatPace(Function<ChatRef, PlatformSender.Limit> perChat) {
        this.perChat = perChat != null ? perChat : chat -> new PlatformSender.Limit(0, Duration.ZERO);
    }

    /** No send to the chat is under way, and a message may go to it now ({@code paced}: its window and pause). */
    boolean free(ChatRef chat, boolean paced, Instant now) {
        if (busy.contains(chat)) {
            return false;
        }
        if (!paced) {
            return true;
        }
        Instant paused = pausedUntil.get(chat);
        if (paused != null && paused.isAfter(now)) {
            return false;
        }
        PaceWindow window = windows.get(chat);
        return window == null || window.admits(now);
    }

    /** The chat has a send under way from now until {@link #release}. */
    void take(ChatRef chat) {
        busy.add(chat);
    }

    void release(ChatRef chat) {
        busy.remove(chat);
    }

    void pause(ChatRef chat, Instant until, Instant now) {
        pausedUntil.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
        if (pausedUntil.size() > PRUNE_ABOVE) {
            pausedUntil.values().removeIf(free -> !free.isAfter(now));
        }
    }

    /** The chat's window of calls. */
    PaceWindow window(ChatRef chat) {
        return windows.computeIfAbsent(chat, c -> new PaceWindow(perChat.apply(c)));
    }

    /** {@code calls} calls to the chat returned at {@code now}. */
    void counted(ChatRef chat, int calls, Instant now) {
        PaceWindow window = window(chat);
        for (int call = 0; call < calls; call++) {
            window.add(now);
        }
        if (windows.size() > PRUNE_ABOVE) {
            windows.values().removeIf(w -> w.over(now));
        }
    }
}
