package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
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
 * Checking and taking a place is one step under the pacer's lock ({@link PaceSlot#place}, {@link PaceSlot#calls}),
 * so a place is never given twice. A send's further calls (a long text in parts, a file and its text)
 * are claimed before its first call: no new send may take those places meanwhile.
 *
 * <p>A send has its chat's turn from the moment the lane starts it ({@link #reserve}) but takes its
 * place only once it is ready to call ({@link PaceSlot#place}: claimed, its messaging window read), so a
 * place is held for the call alone, not for the database's round trips before it. Sends ready for a
 * place take them best first (interactive, urgent, then other bulk; then in the order started), so an
 * interactive reply overtakes bulk that was ready before it. The lane starts a send when the window
 * will have room for it about when it is ready ({@link #untilStart}: the time a send took lately to be
 * ready, twice over).
 *
 * <p>Per chat the same holds with one send at a time ({@link ChatPace}). Kept in memory per instance;
 * the overall limit of a bot that several instances send for is kept once more in the database
 * ({@link SharedPace}, taken when a send starts).
 */
final class Pacer {
    private static final Comparator<PaceSlot> BEST_FIRST = Comparator.<PaceSlot>comparingInt(s -> s.rank)
            .thenComparingLong(s -> s.order);
    private static final long SHORTEST_LEAD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LONGEST_LEAD_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Clock clock;
    private final PaceWindow overall;
    private final ChatPace chats;
    private final TreeSet<PaceSlot> waiting = new TreeSet<>(BEST_FIRST);
    /** Sends started that have no place yet: being made ready (claim, window) or waiting for a place. */
    private int preparing;
    private long started;
    /** How long a started send took lately to be ready for its place (a moving average), in nanoseconds. */
    private long readyNanos = TimeUnit.MILLISECONDS.toNanos(20);

    Pacer(PlatformSender.Pacing pacing, Clock clock) {
        this.clock = clock;
        this.overall = new PaceWindow(pacing.overall());
        this.chats = new ChatPace(pacing.perChat());
    }

    /** Whether a place is free now for one more send beyond those started and the places claimed. */
    synchronized boolean hasToken(Instant now) {
        return untilNextToken(now).isZero();
    }

    /** How long until a place is free for one more send; a window full of sends in flight says its whole length. */
    synchronized Duration untilNextToken(Instant now) {
        return overall.until(now, overall.claimed + preparing + 1);
    }

    /** How long until the lane should start another send: its place will be free about when it is ready. */
    synchronized Duration untilStart(Instant now) {
        long lead = Math.max(SHORTEST_LEAD_NANOS, Math.min(LONGEST_LEAD_NANOS, 2 * readyNanos));
        Duration until = untilNextToken(now).minusNanos(lead);
        return until.isNegative() ? Duration.ZERO : until;
    }

    /** No send to the chat is under way, and a message may go to it now ({@code paced}: its window and pause). */
    synchronized boolean chatFree(ChatRef chat, boolean paced, Instant now) {
        return chats.free(chat, paced, now);
    }

    /**
     * Starts a send to {@code chat} of rank {@code rank}: the chat is its own until the slot is closed, and
     * its place comes with {@link PaceSlot#place}. Null if the chat is not free now.
     */
    synchronized PaceSlot reserve(ChatRef chat, boolean paced, int rank) {
        if (!chats.free(chat, paced, clock.instant())) {
            return null;
        }
        chats.take(chat);
        preparing++;
        return new PaceSlot(this, chat, paced, rank, started++);
    }

    /** Starts a send that takes its place at once; null if the chat or a place is not free now. */
    synchronized PaceSlot begin(ChatRef chat, boolean paced) {
        PaceSlot slot = reserve(chat, paced, 0);
        if (slot != null && !slot.place(Duration.ZERO).isZero()) {
            slot.close();
            return null;
        }
        return slot;
    }

    /** The chat may not be written to before {@code until} (the platform asked to wait). */
    synchronized void pause(ChatRef chat, Instant until, Instant now) {
        chats.pause(chat, until, now);
    }

    Instant now() {
        return clock.instant();
    }

    synchronized int inFlight() {
        return overall.inFlight;
    }

    synchronized Duration place(PaceSlot slot, Duration patience) {
        long now = System.nanoTime();
        long deadline = now + patience.toNanos();
        readyNanos += (Math.max(0, now - slot.startedAt) - readyNanos) / 4;
        waiting.add(slot);
        try {
            while (true) {
                Duration wait = overall.until(clock.instant(), overall.claimed + waiting.headSet(slot).size() + 1);
                if (wait.isZero()) {
                    overall.inFlight++;
                    preparing--;
                    slot.placed = true;
                    return Duration.ZERO;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !pause(Math.min(wait.toMillis(), left))) {
                    return wait;
                }
            }
        } finally {
            waiting.remove(slot);
            if (!slot.placed) {
                notifyAll(); // those behind it need one place fewer
            }
        }
    }

    /** Waits on the pacer's lock (released meanwhile) up to {@code millis}; false if interrupted. */
    private boolean pause(long millis) {
        try {
            wait(Math.max(1, millis));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    synchronized void claim(int places) {
        overall.claimed += places;
        if (places < 0) {
            notifyAll();
        }
    }

    /**
     * Zero once {@code slot}'s {@code more} calls have their places (taken with its claims, all at once,
     * so that sends waiting for several never hold part of the window each); else how long until there
     * may be room: overall, and in the chat's window unless the chat's limit is one message (Telegram's
     * one a second in a private chat allows a short burst: the parts of one message). A send of more
     * calls than a window ever holds waits for it to be empty and then goes: the platform's 429 stops it
     * where it is and the sender resumes from there.
     */
    synchronized Duration widen(PaceSlot slot, int more, Instant now) {
        Duration wait = overall.until(now, Math.min(more, overall.most() - slot.calls));
        PaceWindow chat = slot.paced ? chats.window(slot.chat) : null;
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

    synchronized void counted(PaceSlot slot) {
        Instant now = clock.instant();
        overall.inFlight -= slot.calls;
        for (int call = 0; call < slot.calls; call++) {
            overall.add(now);
        }
        if (slot.paced) {
            chats.counted(slot.chat, slot.calls, now);
        }
    }

    synchronized void closed(PaceSlot slot) {
        if (!slot.placed) {
            preparing--;
        } else if (!slot.sent) {
            overall.inFlight -= slot.calls;
            notifyAll(); // its places are free again at once
        }
        chats.release(slot.chat);
    }

}
