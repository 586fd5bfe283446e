package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.PlatformSender;

/**
 * One platform's pace, by the injected clock, counted as the platform counts it: no more than its
 * limit in any window (the last N sends are remembered; the next may go once the oldest of them is a
 * window old), overall and per chat, and for each chat a pause the platform asked for (a 429's
 * {@code retry_after}). A send holds a {@link Slot} from the moment it is started: while its call is
 * in flight it counts against the overall window as if it had just been made, and is counted for good
 * at the time its call returned, so a slow call never lets the next window's sends reach the platform
 * inside this one, however many are in flight. Its chat is busy until the slot is closed (the outcome
 * recorded), so one chat never has two sends in flight and its messages keep their order. Kept in
 * memory per instance; the overall limit of a bot that several instances send for is kept once more in
 * the database ({@link SharedPace}, taken before a send starts).
 */
final class Pacer {
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Window overall;
    private final Function<ChatRef, PlatformSender.Limit> perChat;
    private final Map<ChatRef, Window> chats = new HashMap<>();
    private final Map<ChatRef, Instant> pausedUntil = new HashMap<>();
    private final Set<ChatRef> busy = new HashSet<>();

    Pacer(PlatformSender.Pacing pacing, Clock clock) {
        this.clock = clock;
        this.overall = new Window(pacing.overall());
        this.perChat = pacing.perChat() == null ? chat -> new PlatformSender.Limit(0, Duration.ZERO)
                : pacing.perChat();
    }

    synchronized boolean hasToken(Instant now) {
        return overall.admits(now);
    }

    /** How long until the overall window has room; a window full of sends in flight says its whole length. */
    synchronized Duration untilNextToken(Instant now) {
        return overall.until(now);
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
        Window window = chats.get(chat);
        return window == null || window.admits(now);
    }

    /** Starts a send to {@code chat}: it holds a place in the overall window and the chat until closed. */
    synchronized Slot begin(ChatRef chat, boolean paced) {
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

    /** Places a started send still waits for: no new send may take them first (it would starve). */
    private synchronized void want(int places) {
        overall.wanted += places;
    }

    private synchronized boolean widened(Slot slot, Instant now, boolean anyway) {
        if (!anyway && !overall.admitsWanted(now)) {
            return false;
        }
        overall.inFlight++;
        overall.wanted--;
        slot.calls++;
        return true;
    }

    private synchronized Duration untilWanted(Instant now) {
        return overall.until(now, 0);
    }

    private synchronized void counted(Slot slot) {
        Instant now = clock.instant();
        overall.inFlight -= slot.calls;
        Window chat = slot.paced ? chats.computeIfAbsent(slot.chat, c -> new Window(perChat.apply(c))) : null;
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
     * One started send. {@link #calls} holds a place for each further call it makes (a long text in parts,
     * a file and its text); {@link #sent()} once the platform's calls returned (whatever it answered)
     * counts them at that moment; {@link #close()} frees its chat, and gives its places back uncounted if
     * no call was made (another dispatcher had the entry, or it was held back).
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
         * The send makes {@code total} calls: waits until the overall window has room for the ones
         * beyond the first and holds them, at most {@code patience} (then it takes them all the same,
         * rather than hold the sending thread up for good). While it waits, the places it wants are
         * claimed: a new send may not start in them, or a busy window would never leave room for it.
         */
        void calls(int total, Duration patience) {
            long waited = 0;
            want(Math.max(0, total - calls));
            while (calls < total) {
                Instant now = clock.instant();
                if (widened(this, now, waited >= patience.toMillis())) {
                    continue;
                }
                long pause = Math.max(1, Math.min(untilWanted(now).toMillis(), patience.toMillis() - waited));
                try {
                    Thread.sleep(pause);
                    waited += pause;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    waited = patience.toMillis();
                }
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

    /** The times of the last sends under one limit (at most its count of them), and the sends in flight. */
    private static final class Window {
        private final PlatformSender.Limit limit;
        private final ArrayDeque<Instant> times = new ArrayDeque<>();
        private int inFlight;
        private int wanted;

        Window(PlatformSender.Limit limit) {
            this.limit = limit;
        }

        boolean admits(Instant now) {
            return until(now).isZero();
        }

        /** Whether a send already started may take one of the places it claimed. */
        boolean admitsWanted(Instant now) {
            return until(now, 0).isZero();
        }

        /** Zero when one more send fits now; else how long until the oldest sends that stand in its way leave. */
        Duration until(Instant now) {
            return until(now, wanted);
        }

        private Duration until(Instant now, int claimed) {
            int over = times.size() + inFlight + claimed - limit.count() + 1;
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
