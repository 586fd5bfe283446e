package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;

/**
 * Drains one platform's entries: knows what is due from enqueue hints and periodic scans, picks the
 * best entry whose chat is free within the platform's budget, claims it, sends it, records the
 * outcome. {@link #dispatchDue()} is one pass by the injected clock; {@link #run} repeats it and
 * sleeps while there is nothing to do, waking as soon as something is enqueued. Whatever a sender
 * throws ({@code Error}s too) is a transient failure of that entry, an entry that cannot be read is
 * recorded as failed, and whatever else a pass throws is logged and the loop goes on.
 */
public final class PlatformLane implements OutboxSignal.Listener {
    private static final Logger log = LoggerFactory.getLogger(PlatformLane.class);
    private static final int QUEUE_CAPACITY = 10_000;
    private static final Duration BLOCKED_POLL = Duration.ofMillis(50);
    private static final Duration SHORTEST_PAUSE = Duration.ofMillis(1);
    public static final String OUTSIDE_WINDOW = "outside the messaging window";

    private final PlatformSender sender;
    private final Platform platform;
    private final OutboxStore store;
    private final OutcomeRecorder outcomes;
    private final ChatWindows windows;
    private final Clock clock;
    private final OutboxProperties settings;
    private final String owner;
    private final ReadyQueue queue = new ReadyQueue(QUEUE_CAPACITY);
    private final Pacer pacer;
    private final Object monitor = new Object();
    private boolean woken;
    private volatile boolean rescanRequested;
    private Instant lastScan;
    private boolean moreInDatabase;

    PlatformLane(PlatformSender sender, OutboxStore store, OutcomeRecorder outcomes, ChatWindows windows, Clock clock,
            OutboxProperties settings, String owner) {
        this.sender = sender;
        this.platform = sender.platform();
        this.store = store;
        this.outcomes = outcomes;
        this.windows = windows;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
        this.pacer = new Pacer(sender.pacing());
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

    /** One pass: sends every entry that is due and allowed by the pace now; returns how many were tried. */
    synchronized int dispatchDue() {
        int tried = 0;
        while (true) {
            Instant now = clock.instant();
            readDatabaseIfNeeded(now);
            if (!pacer.hasToken(now)) {
                return tried;
            }
            Candidate next = queue.pollEligible(now, c -> !c.paced() || pacer.chatFree(c.chat(), now));
            if (next == null) {
                return tried;
            }
            if (send(next, now)) {
                tried++;
            }
        }
    }

    private boolean send(Candidate candidate, Instant now) {
        Document doc = store.claim(candidate.key(), candidate.rev(), owner, now, now.plus(settings.lease()));
        if (doc == null) {
            return false;
        }
        long rev = ((Number) doc.get(OutboxCodec.REV)).longValue();
        OutboxEntry entry;
        try {
            entry = OutboxCodec.entry(doc);
        } catch (RuntimeException unreadable) {
            unreadable(candidate.key(), rev, unreadable, now);
            return true;
        }
        var claimed = new OutcomeRecorder.Claimed(entry, rev, doc.getInteger(OutboxCodec.FAILURES, 0), candidate);
        if (!windows.admits(entry, now)) {
            outcomes.outsideWindow(platform, claimed, OUTSIDE_WINDOW, windows.detour(entry.chat(), now));
            return true;
        }
        SendOutcome outcome;
        try {
            outcome = attempt(entry);
        } finally {
            pacer.sent(candidate.chat(), candidate.paced(), clock.instant()); // when the platform got it, at the latest
        }
        if (outcome instanceof SendOutcome.Held held) {
            outcomes.outsideWindow(platform, claimed, held.reason(), windows.detour(entry.chat(), clock.instant()));
            return true;
        }
        Candidate retry = outcomes.record(platform, claimed, outcome);
        if (retry != null) {
            if (outcome instanceof SendOutcome.RetryAfter) {
                pacer.pause(retry.chat(), retry.dueAt(), now);
            }
            queue.offer(retry);
        }
        return true;
    }

    /** An entry that cannot be read would come back at every scan: it is recorded as failed instead. */
    private void unreadable(String key, long rev, RuntimeException error, Instant now) {
        log.warn("outbox {}: the stored entry cannot be read, recorded as failed: {}", key, Reasons.of(error));
        store.transition(key, rev, OutboxStore.settle(OutboxStatus.FAILED, now)
                .set(OutboxCodec.LAST_ERROR, "unreadable: " + Reasons.of(error)));
    }

    private SendOutcome attempt(OutboxEntry entry) {
        try {
            SendOutcome outcome = sender.send(entry);
            return outcome != null ? outcome : new SendOutcome.Transient("the sender gave no outcome");
        } catch (Throwable e) {
            return new SendOutcome.Transient(Reasons.of(e));
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
                unreadable(doc.getString(OutboxCodec.KEY), ((Number) doc.get(OutboxCodec.REV)).longValue(), unreadable,
                        now);
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

    /** Repeats {@link #dispatchDue()} while {@code running}, pausing when nothing can be sent now. */
    void run(BooleanSupplier running) {
        while (running.getAsBoolean()) {
            Duration pause;
            try {
                pause = dispatchDue() > 0 ? Duration.ZERO : pauseBeforeNextPass();
            } catch (Throwable e) {
                log.warn("outbox dispatch on {} failed, trying again shortly: {}", platform.code(), Reasons.of(e), e);
                pause = settings.idleWait();
            }
            if (!pause.isZero() && !await(pause)) {
                return;
            }
        }
    }

    private Duration pauseBeforeNextPass() {
        Instant now = clock.instant();
        if (!pacer.hasToken(now)) {
            return max(pacer.untilNextToken(now), SHORTEST_PAUSE);
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
