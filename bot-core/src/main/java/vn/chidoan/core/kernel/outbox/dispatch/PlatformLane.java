package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;

/**
 * Drains one platform's entries: knows what is due ({@link DueEntries}), picks the best entry whose chat
 * is free, and starts a {@link SendAttempt} on it (claim, place in the pace, send, record). {@link #run}
 * keeps up to {@link #inFlight()} attempts going at once on its sending threads — a platform call takes
 * tens of milliseconds and the claim and the record as many again, so one at a time cannot reach
 * Telegram's 30 a second — never two to one chat. It starts one when the pacer's window will have a
 * place for it about when its claim is done; the attempt then waits for that place behind better or
 * earlier ones, so an interactive reply waits for one call at most, not for the queue, and a place is
 * held for the call alone. {@link #dispatchDue()} is one pass on the caller's thread, one send at a
 * time, by the injected clock (for tests). Whatever a sender throws ({@code Error}s too) is a transient
 * failure of that entry, an entry that cannot be read is recorded as failed, and whatever else fails is
 * logged and the loop goes on.
 */
public final class PlatformLane implements OutboxSignal.Listener, LaneLoop.Passes {
    private static final Logger log = LoggerFactory.getLogger(PlatformLane.class);
    private static final Duration BLOCKED_POLL = Duration.ofMillis(50);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(1);
    /** The longest a started send waits for its place (sends started before it or better ones go first). */
    private static final Duration PLACE_PATIENCE = Duration.ofSeconds(2);
    public static final String OUTSIDE_WINDOW = "outside the messaging window";

    private final Platform platform;
    private final Clock clock;
    private final OutboxProperties settings;
    private final DueEntries due;
    private final Pacer pacer;
    private final SharedPace shared;
    private final SendAttempt attempt;
    private final int inFlight;
    private final AtomicInteger working = new AtomicInteger();
    private final Wakeup wakeup = new Wakeup();

    PlatformLane(PlatformSender sender, OutboxStore store, OutcomeRecorder outcomes, ChatWindows windows, Clock clock,
            OutboxProperties settings, String owner) {
        this.platform = sender.platform();
        this.clock = clock;
        this.settings = settings;
        this.pacer = new Pacer(sender.pacing(), clock);
        this.shared = new SharedPace(store, platform, sender.pacing());
        this.attempt = new SendAttempt(sender, store, outcomes, windows, clock, settings, owner, pacer);
        this.due = new DueEntries(platform, store, settings, attempt::unreadable);
        this.inFlight = settings.sendsInFlight() > 0 ? settings.sendsInFlight()
                : OutboxProperties.sendsInFlightFor(sender.pacing().overall());
    }

    @Override
    public void offer(Candidate candidate) {
        due.offer(candidate);
        wake();
    }

    @Override
    public void rescan() {
        due.rescan();
        wake();
    }

    /** How many sends {@link #run} keeps in flight at most. */
    int inFlight() {
        return inFlight;
    }

    /** One pass on this thread: sends every entry that is due and allowed by the pace now; returns how many were tried. */
    synchronized int dispatchDue() {
        int tried = 0;
        for (Start next = next(clock.instant(), false); next != null; next = next(clock.instant(), false)) {
            Instant now = clock.instant();
            if (shared.take(now, 1) == 0) { // the bot's budget shared by every instance is spent for now
                next.giveUp(due);
                break;
            }
            if (next.run(attempt, Duration.ZERO, due)) {
                tried++;
            } else {
                shared.giveBack(now); // another instance had claimed it: no call was made
            }
        }
        return tried;
    }

    /**
     * Starts on {@code senders} every send the pace and the free threads allow now, counted in the bot's
     * budget shared by its instances with one update for all of them; returns how many.
     */
    @Override
    public synchronized int startDue(ExecutorService senders) {
        List<Start> ready = new ArrayList<>();
        for (Start next; working.get() + ready.size() < inFlight && (next = next(clock.instant(), true)) != null;) {
            ready.add(next);
        }
        if (ready.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int granted = shared.take(now, ready.size());
        ready.subList(granted, ready.size()).forEach(start -> start.giveUp(due));
        int started = 0;
        for (Start start : ready.subList(0, granted)) {
            working.incrementAndGet();
            try {
                senders.execute(() -> runAndCarryOn(start, now));
                started++;
            } catch (RejectedExecutionException stopping) {
                working.decrementAndGet();
                start.giveUp(due);
            }
        }
        return started;
    }

    private void runAndCarryOn(Start start, Instant counted) {
        try {
            if (!start.run(attempt, PLACE_PATIENCE, due)) {
                shared.giveBack(counted); // another instance had claimed it: no call was made
            }
        } catch (Throwable e) {
            log.warn("outbox {} on {} failed, it is tried again after its lease: {}", start.candidate().key(),
                    platform.code(), Reasons.of(e), e);
        } finally {
            working.decrementAndGet();
            wake();
        }
    }

    /**
     * The best candidate that may start now, its chat's turn taken; null if none. {@code early}: when its
     * place will be free about when it is ready to call, else only when a place is free now.
     */
    private Start next(Instant now, boolean early) {
        due.refresh(now);
        if (!shared.untilFree(now).isZero() || !(early ? pacer.untilStart(now) : pacer.untilNextToken(now)).isZero()) {
            return null;
        }
        Candidate next = due.poll(now, c -> pacer.chatFree(c.chat(), c.paced(), now));
        if (next == null) {
            return null;
        }
        PaceSlot slot = pacer.reserve(next.chat(), next.paced(), next.rank());
        if (slot == null) { // only this thread reserves: the chat was free a moment ago
            due.putBack(next);
            return null;
        }
        return new Start(next, slot);
    }

    /** A candidate and its chat's turn; whatever happens to it, its slot is closed afterwards. */
    private record Start(Candidate candidate, PaceSlot slot) {
        boolean run(SendAttempt attempt, Duration patience, DueEntries retries) {
            try (slot) {
                return attempt.run(candidate, slot, patience, retries::offer);
            }
        }

        /** Not started after all: the chat is free again and the candidate waits in the queue. */
        void giveUp(DueEntries retries) {
            slot.close();
            retries.putBack(candidate);
        }
    }

    /**
     * Starts sends while {@code running}, up to {@link #inFlight()} at once on sending threads of its own
     * ({@link LaneLoop}).
     */
    void run(BooleanSupplier running) {
        LaneLoop.run(platform.code(), inFlight, this, wakeup, settings.idleWait(), running);
    }

    @Override
    public Duration pauseBeforeNextPass() {
        Instant now = clock.instant();
        if (working.get() >= inFlight) {
            return settings.idleWait();
        }
        Duration untilStart = pacer.untilStart(now);
        if (!untilStart.isZero()) {
            return max(untilStart, SHORTEST_PAUSE);
        }
        if (!shared.untilFree(now).isZero()) {
            return max(shared.untilFree(now), SHORTEST_PAUSE);
        }
        if (due.hasDue(now)) {
            return BLOCKED_POLL;
        }
        Duration pause = settings.idleWait();
        Instant next = due.nextDue();
        if (next != null && Duration.between(now, next).compareTo(pause) < 0) {
            pause = Duration.between(now, next);
        }
        return max(pause, SHORTEST_PAUSE);
    }

    void wake() {
        wakeup.wake();
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
