package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
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
 * One platform's pace, by the injected clock, kept so that the platform never counts more than its
 * limit in any window, overall and per chat, although it counts a call when the call <em>arrives</em>,
 * which may be any time between the moment the pacer allowed it and the moment it returned. The
 * invariant: a call holds its place in the overall window from the moment it is allowed (in flight)
 * until a whole window after it returned (its time), and a call is allowed only while the calls
 * returned within the last window, those in flight and this one are within the limit. Then no window of
 * arrivals holds more: of any limit + 1 calls arriving within one window, the one allowed last was
 * allowed at or before its own arrival, when each of the others was in flight or had returned after it
 * arrived, so inside the window that ends at that arrival; that call would not have been allowed.
 * Checking and taking a place is one step under the pacer's lock ({@link #begin}, {@link Slot#calls}),
 * so a place is never given twice. A send's further calls (a long text in parts, a file and its text)
 * are claimed before its first call: no new send may take those places meanwhile.
 *
 * <p>Per chat the same holds with one send at a time (a chat is busy until the outcome is recorded, so
 * its messages keep their order), plus a pause the platform asked for (a 429's {@code retry_after}).
 * Kept in memory per instance; the overall limit of a bot that several instances send for is kept once
 * more in the database ({@link SharedPace}, taken when a send starts).
 */
final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final PaceWindow overall;
    private final Function<ChatRef, PlatformSender.Limit> perChat;
    private final Map<ChatRef, PaceWindow> chats = new HashMap<>();
    private final Map<ChatRef, Instant> pausedUntil = new HashMap<>();
    private final Set<ChatRef> busy = new HashSet<>();

    Pacer(PlatformSender.Pacing pacing, Clock clock) {
        this.clock = clock;
        this.overall = new PaceWindow(pacing.overall());
        this.perChat = pacing.perChat() == null ? chat -> new PlatformSender.Limit(0, Duration.ZERO)
                : pacing.perChat();
    }

    /** Whether a new send may start now (the places claimed by started sends are not free). */
    synchronized boolean hasToken(Instant now) {
        return overall.admits(now);
    }

    /** How long until a new send may start; a window full of sends in flight says its whole length. */
    synchronized Duration untilNextToken(Instant now) {
        return overall.untilAdmits(now);
    }

    /** No send to the chat is in flight, and a message may go to it now ({@code paced}: its window and pause). */
    synchronized boolean chatFree(ChatRef chat, boolean paced, Instant now) {
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
        PaceWindow window = chats.get(chat);
        return window == null || window.admits(now);
    }

    /**
     * Starts a send to {@code chat} if a new send may start now and the chat is free: it holds a place in
     * the overall window and the chat until closed. Null if not (a started send claimed the place since
     * the lane looked): the check and the place are taken together.
     */
    synchronized Slot begin(ChatRef chat, boolean paced) {
        Instant now = clock.instant();
        if (!overall.admits(now) || !chatFree(chat, paced, now)) {
            return null;
        }
        overall.inFlight++;
        busy.add(chat);
        return new Slot(chat, paced);
    }

    /** The chat may not be written to before {@code until} (the platform asked to wait). */
    synchronized void pause(ChatRef chat, Instant until, Instant now) {
        pausedUntil.merge(chat, until, (a, b) -> a.isAfter(b) ? a : b);
        if (pausedUntil.size() > PRUNE_ABOVE) {
            pausedUntil.values().removeIf(free -> !free.isAfter(now));
        }
    }

    synchronized int inFlight() {
        return overall.inFlight;
    }

    private synchronized void claim(int places) {
        overall.claimed += places;
    }

    /**
     * Zero once {@code slot}'s {@code more} calls have their places (taken with its claims, all at once,
     * so that sends waiting for several never hold part of the window each); else how long until there
     * may be room: overall, and in the chat's window unless the chat's limit is one message (Telegram's
     * one a second in a private chat allows a short burst: the parts of one message). A send of more
     * calls than a window ever holds waits for it to be empty and then goes: the platform's 429 stops it
     * where it is and the sender resumes from there.
     */
    private synchronized Duration widen(Slot slot, int more, Instant now) {
        Duration wait = overall.until(now, Math.min(more, overall.most() - slot.calls));
        PaceWindow chat = slot.paced ? chatWindow(slot.chat) : null;
        if (chat != null && chat.most() > 1) {
            Duration chatWait = chat.until(now, Math.min(slot.calls + more, chat.most()));
            wait = chatWait.compareTo(wait) > 0 ? chatWait : wait;
        }
        if (!wait.isZero()) {
            return wait;
        }
        overall.inFlight += more;
        overall.claimed -= more;
        slot.calls += more;
        return Duration.ZERO;
    }

    private PaceWindow chatWindow(ChatRef chat) {
        return chats.computeIfAbsent(chat, c -> new PaceWindow(perChat.apply(c)));
    }

    private synchronized void counted(Slot slot) {
        Instant now = clock.instant();
        overall.inFlight -= slot.calls;
        PaceWindow chat = slot.paced ? chatWindow(slot.chat) : null;
        for (int call = 0; call < slot.calls; call++) {
            overall.add(now);
            if (chat != null) {
                chat.add(now);
            }
        }
        if (chats.size() > PRUNE_ABOVE) {
            chats.values().removeIf(w -> w.over(now));
        }
    }

    private synchronized void closed(Slot slot, boolean wasCounted) {
        if (!wasCounted) {
            overall.inFlight -= slot.calls;
        }
        busy.remove(slot.chat);
    }

    /**
     * One started send. {@link #calls} takes a place for each further call it makes (a long text in
     * parts, a file and its text); {@link #sent()} once the platform's calls returned (whatever it
     * answered) counts them at that moment; {@link #close()} frees its chat, and gives its places back
     * uncounted if no call was made (another dispatcher had the entry, it was held back, or the window
     * had no room for all its calls).
     */
    final class Slot implements AutoCloseable {
        private final ChatRef chat;
        private final boolean paced;
        private int calls = 1;
        private boolean sent;
        private boolean closed;

        private Slot(ChatRef chat, boolean paced) {
            this.chat = chat;
            this.paced = paced;
        }

        /**
         * The send makes {@code total} calls: waits until the windows have room for the ones beyond the
         * first and takes them, at most {@code patience}. Returns zero when it has them all; else no call
         * may be made (none beyond the window's limit is ever made) and it returns how long until there
         * may be room, for the send to be tried again then. While it waits, the places it wants are
         * claimed: a new send may not start in them, or a busy window would never leave room for it.
         */
        Duration calls(int total, Duration patience) {
            int more = total - calls;
            if (more <= 0) {
                return Duration.ZERO;
            }
            claim(more);
            long waited = 0;
            while (true) {
                Duration wait = widen(this, more, clock.instant());
                if (wait.isZero()) {
                    return Duration.ZERO;
                }
                long pause = Math.max(1, Math.min(wait.toMillis(), patience.toMillis() - waited));
                if (waited >= patience.toMillis() || !sleep(pause)) {
                    claim(-more);
                    return wait;
                }
                waited += pause;
            }
        }

        void sent() {
            if (!sent && !closed) {
                sent = true;
                counted(this);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                closed(this, sent);
            }
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
