package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * Drains one platform's entries: knows what is due from enqueue hints and periodic scans, picks the
 * best entry whose chat is free within the platform's pace, and starts a {@link SendAttempt} on it
 * (claim, send, record). {@link #run} keeps up to {@link #inFlight()} attempts going at once on its
 * sending threads — a platform call takes tens of milliseconds and the claim and the record as many
 * again, so one at a time cannot reach Telegram's 30 a second — each holding a place in the pacer's
 * window while it is in flight, never two to one chat; the best waiting entry takes the next free
 * place, so an interactive reply waits for one call at most, not for the queue. {@link #dispatchDue()}
 * is one pass on the caller's thread, one send at a time, by the injected clock (for tests). Whatever a
 * sender throws ({@code Error}s too) is a transient failure of that entry, an entry that cannot be read
 * is recorded as failed, and whatever else fails is logged and the loop goes on.
 */
public final class PlatformLane implements OutboxSignal.Listener {
    private static final Logger log = LoggerFactory.getLogger(PlatformLane.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final Duration BLOCKED_POLL = Duration.ofMillis(50);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(1);
    private static final Duration LAST_SENDS = Duration.ofSeconds(5);
    public static final String OUTSIDE_WINDOW = "outside the messaging window";

    private final Platform platform;
    private final OutboxStore store;
    private final Clock clock;
    private final OutboxProperties settings;
    private final ReadyQueue queue = new ReadyQueue(QUEUE_CAPACITY);
    private final Pacer pacer;
    private final SharedPace shared;
    private final SendAttempt attempt;
    private final int inFlight;
    private final AtomicInteger working = new AtomicInteger();
    private final Object monitor = new Object();
    private boolean woken;
    private volatile boolean rescanRequested;
    private Instant lastScan;
    private boolean moreInDatabase;

    PlatformLane(PlatformSender sender, OutboxStore store, OutcomeRecorder outcomes, ChatWindows windows, Clock clock,
            OutboxProperties settings, String owner) {
        this.platform = sender.platform();
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.pacer = new Pacer(sender.pacing(), clock);
        this.shared = new SharedPace(store, platform, sender.pacing());
        this.attempt = new SendAttempt(sender, store, outcomes, windows, clock, settings, owner, pacer);
        this.inFlight = settings.sendsInFlight() > 0 ? settings.sendsInFlight()
                : OutboxProperties.sendsInFlightFor(sender.pacing().overall());
    }

    @Override
    public void offer(Candidate candidate) {
        queue.offer(candidate);
        wake();
    }

    @Override
    public void rescan() {
        rescanRequested = true;
        wake();
    }

    /** How many sends {@link #run} keeps in flight at most. */
    int inFlight() {
        return inFlight;
    }

    /** One pass on this thread: sends every entry that is due and allowed by the pace now; returns how many were tried. */
    synchronized int dispatchDue() {
        int tried = 0;
        for (Start next = next(clock.instant()); next != null; next = next(clock.instant())) {
            if (next.run(attempt, queue)) {
                tried++;
            } else {
                shared.giveBack(clock.instant());
            }
        }
        return tried;
    }

    /** Starts on {@code senders} every send the pace and the free places allow now; returns how many. */
    private synchronized int startDue(ExecutorService senders) {
        int started = 0;
        while (working.get() < inFlight) {
            Start next = next(clock.instant());
            if (next == null) {
                break;
            }
            working.incrementAndGet();
            try {
                senders.execute(() -> runAndCarryOn(next));
            } catch (RejectedExecutionException stopping) {
                next.slot().close();
                queue.offer(next.candidate());
                working.decrementAndGet();
                break;
            }
            started++;
        }
        return started;
    }

    private void runAndCarryOn(Start start) {
        try {
            if (!start.run(attempt, queue)) {
                shared.giveBack(clock.instant()); // another instance had claimed it: no call was made
            }
        } catch (Throwable e) {
            log.warn("outbox {} on {} failed, it is tried again after its lease: {}", start.candidate().key(),
                    platform.code(), Reasons.of(e), e);
        } finally {
            working.decrementAndGet();
            wake();
        }
    }

    /** The best candidate that may be sent now, its slot in the pace taken; null if none. */
    private Start next(Instant now) {
        readDatabaseIfNeeded(now);
        if (!pacer.hasToken(now)) {
            return null;
        }
        Candidate next = queue.pollEligible(now, c -> pacer.chatFree(c.chat(), c.paced(), now));
        if (next == null) {
            return null;
        }
        if (!shared.take(now)) { // the bot's budget shared by every instance is spent for now
            queue.offer(next);
            return null;
        }
        // the local place last: it is held from here until a window after the call returned, so the
        // shared budget's round trips to the database above do not slow the pace
        Pacer.Slot slot = pacer.begin(next.chat(), next.paced());
        if (slot == null) { // a send under way claimed the place for its next call since the look above
            shared.giveBack(now);
            queue.offer(next);
            return null;
        }
        return new Start(next, slot);
    }

    /** A candidate and its place in the pace; whatever happens to it, its slot is closed afterwards. */
    private record Start(Candidate candidate, Pacer.Slot slot) {
        boolean run(SendAttempt attempt, ReadyQueue retries) {
            try (slot) {
                return attempt.run(candidate, slot, retries::offer);
            }
        }
    }

    private void readDatabaseIfNeeded(Instant now) {
        if (queue.takeOverflowed()) {
            moreInDatabase = true;
        }
        boolean stale = lastScan == null || !now.isBefore(lastScan.plus(settings.rescanInterval()));
        if (!rescanRequested && !stale && !(moreInDatabase && !queue.hasDue(now))) {
            return;
        }
        rescanRequested = false;
        List<Document> due = store.due(platform, now, settings.scanLimit());
        for (Document doc : due) {
            try {
                queue.offer(Candidate.of(doc));
            } catch (RuntimeException unreadable) {
                attempt.unreadable(doc.getString(OutboxCodec.KEY), ((Number) doc.get(OutboxCodec.REV)).longValue(),
                        unreadable, now);
            }
        }
        long abandoned = due.stream()
                .filter(doc -> OutboxStatus.SENDING.name().equals(doc.getString(OutboxCodec.STATUS))).count();
        if (abandoned > 0) {
            log.warn("outbox: {} {} entries were left sending by a stopped dispatcher; sending them again",
                    abandoned, platform.code());
        }
        moreInDatabase = due.size() >= settings.scanLimit();
        lastScan = now;
    }

    /**
     * Starts sends while {@code running}, up to {@link #inFlight()} at once on sending threads of its own,
     * pausing when nothing can be started now (a send that ends wakes it); on the way out it waits a
     * little for the sends in flight, so that their outcomes are recorded.
     */
    void run(BooleanSupplier running) {
        ExecutorService senders = Executors.newFixedThreadPool(inFlight,
                WorkerThreads.daemon("outbox-" + platform.code() + "-send"));
        try {
            while (running.getAsBoolean()) {
                Duration pause;
                try {
                    pause = startDue(senders) > 0 ? Duration.ZERO : pauseBeforeNextPass();
                } catch (Throwable e) {
                    log.warn("outbox dispatch on {} failed, trying again shortly: {}", platform.code(), Reasons.of(e),
                            e);
                    pause = settings.idleWait();
                }
                if (!pause.isZero() && !await(pause)) {
                    return;
                }
            }
        } finally {
            senders.shutdown();
            try {
                senders.awaitTermination(LAST_SENDS.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Duration pauseBeforeNextPass() {
        Instant now = clock.instant();
        if (working.get() >= inFlight) {
            return settings.idleWait();
        }
        if (!pacer.hasToken(now)) {
            return max(pacer.untilNextToken(now), SHORTEST_PAUSE);
        }
        if (!shared.untilFree(now).isZero()) {
            return max(shared.untilFree(now), SHORTEST_PAUSE);
        }
        if (queue.hasDue(now)) {
            return BLOCKED_POLL;
        }
        Duration pause = settings.idleWait();
        Instant due = queue.nextDue();
        if (due != null && Duration.between(now, due).compareTo(pause) < 0) {
            pause = Duration.between(now, due);
        }
        return max(pause, SHORTEST_PAUSE);
    }

    void wake() {
        synchronized (monitor) {
            woken = true;
            monitor.notifyAll();
        }
    }

    /** Sleeps up to {@code pause} or until woken; false if interrupted. */
    private boolean await(Duration pause) {
        synchronized (monitor) {
            try {
                if (!woken) {
                    monitor.wait(Math.max(1, pause.toMillis()));
                }
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                woken = false;
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
