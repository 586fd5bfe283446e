package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.kernel.outbox.chats.ChatWindows;

/**
 * One attempt at one entry, the only path from a candidate to the platform: claim it (compare-and-set
 * on its revision, so another dispatcher's copy is dropped), check the chat's messaging window, take its
 * place in the pace, call the platform, record the outcome. Several run at once on a lane's sending threads, each under its
 * {@link PaceSlot}, whose place it takes only once the claim and the window are done (the place is
 * held for the call, not for those round trips) and which it marks sent when the call returned; a
 * retry goes back to the lane.
 */
final class SendAttempt {
    private static final Logger log = LoggerFactory.getLogger(SendAttempt.class);
    /**
     * The longest a send in several calls waits for room for the calls after its first (a window frees
     * within a second and the calls in flight); then it is tried again when there may be room.
     */
    private static final Duration MORE_CALLS_PATIENCE = Duration.ofSeconds(2);

    private final PlatformSender sender;
    private final Platform platform;
    private final OutboxStore store;
    private final OutcomeRecorder outcomes;
    private final ChatWindows windows;
    private final Clock clock;
    private final OutboxProperties settings;
    private final String owner;
    private final Pacer pacer;

    SendAttempt(PlatformSender sender, OutboxStore store, OutcomeRecorder outcomes, ChatWindows windows, Clock clock,
            OutboxProperties settings, String owner, Pacer pacer) {
        this.sender = sender;
        this.platform = sender.platform();
        this.store = store;
        this.outcomes = outcomes;
        this.windows = windows;
        this.clock = clock;
        this.settings = settings;
        this.owner = owner;
        this.pacer = pacer;
    }

    /**
     * Claims, sends and records {@code candidate}, waiting up to {@code patience} for its place in the pace;
     * false if it was no longer as seen (another dispatcher's).
     */
    boolean run(Candidate candidate, PaceSlot slot, Duration patience, Consumer<Candidate> retry) {
        Instant now = clock.instant();
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
        var claimed = new OutcomeRecorder.Claimed(entry, doc, rev, doc.getInteger(OutboxCodec.FAILURES, 0), candidate);
        if (!windows.admits(entry, now)) {
            outcomes.outsideWindow(platform, claimed, PlatformLane.OUTSIDE_WINDOW, windows.detour(entry.chat(), now));
            return true;
        }
        SendOutcome outcome;
        Duration noRoom = slot.place(patience);
        if (noRoom.isZero()) {
            noRoom = slot.calls(callsOf(entry), MORE_CALLS_PATIENCE);
        }
        if (!noRoom.isZero()) {
            outcome = new SendOutcome.RetryAfter(noRoom); // no call made: none goes over the platform's limit
        } else {
            try {
                outcome = attempt(entry);
            } finally {
                slot.sent(); // when the platform got it, at the latest
            }
        }
        if (outcome instanceof SendOutcome.Held held) {
            outcomes.outsideWindow(platform, claimed, held.reason(), windows.detour(entry.chat(), clock.instant()));
            return true;
        }
        Candidate again = outcomes.record(platform, claimed, outcome);
        if (again != null) {
            if (outcome instanceof SendOutcome.RetryAfter) {
                pacer.pause(again.chat(), again.dueAt(), now);
            }
            retry.accept(again);
        }
        return true;
    }

    /** An entry that cannot be read would come back at every scan: it is recorded as failed instead. */
    void unreadable(String key, long rev, RuntimeException error, Instant now) {
        log.warn("outbox {}: the stored entry cannot be read, recorded as failed: {}", key, Reasons.of(error));
        store.transition(key, rev, OutboxStore.settle(OutboxStatus.FAILED, now)
                .set(OutboxCodec.LAST_ERROR, "unreadable: " + Reasons.of(error)));
    }

    private int callsOf(OutboxEntry entry) {
        try {
            return Math.max(1, sender.calls(entry));
        } catch (RuntimeException e) {
            return 1;
        }
    }

    private SendOutcome attempt(OutboxEntry entry) {
        try {
            SendOutcome outcome = sender.send(entry);
            return outcome != null ? outcome : new SendOutcome.Transient("the sender gave no outcome");
        } catch (Throwable e) {
            return new SendOutcome.Transient(Reasons.of(e));
        }
    }
}
