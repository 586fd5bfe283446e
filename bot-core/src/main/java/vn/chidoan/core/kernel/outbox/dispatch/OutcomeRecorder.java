package vn.chidoan.core.kernel.outbox.dispatch;

import static vn.chidoan.core.kernel.outbox.OutboxCodec.*;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Candidate;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.outbox.OutboxSignal;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;

/**
 * Writes down how a send attempt ended and what follows from it: the entry's new state, the chat's
 * state (unreachable, moved), the events other features react to, and the send counter. Returns the
 * entry as a new candidate when it is to be tried again. A delivery is made durable before the next
 * send ({@link OutcomeWrites}), so that a crash cannot forget it and send the message again.
 */
final class OutcomeRecorder {
    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
    private static final long MAX_BACKOFF_SECONDS = 300;

    /**
     * An entry this dispatcher holds: as sent, at revision {@code rev}, with its transient failures so
     * far; {@code stored} is the document the claim returned.
     */
    record Claimed(OutboxEntry entry, Document stored, long rev, int failures, Candidate candidate) {
    }

    private final OutboxStore store;
    private final OutboxChats chats;
    private final OutboxSignal signal;
    private final OutboxMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxAttempts;
    private final OutcomeWrites writes;

    OutcomeRecorder(OutboxStore store, OutboxChats chats, OutboxSignal signal, OutboxMetrics metrics,
            ApplicationEventPublisher events, Clock clock, int maxAttempts, OutcomeWrites writes) {
        this.store = store;
        this.chats = chats;
        this.signal = signal;
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.writes = writes;
    }

    Candidate record(Platform platform, Claimed claimed, SendOutcome outcome) {
        Instant now = clock.instant();
        metrics.sent(platform, name(outcome));
        if (outcome instanceof SendOutcome.Delivered delivered) {
            if (delivered.pollRef() != null) {
                events.publishEvent(new OutboxEvents.PollDelivered(claimed.entry().key(), claimed.entry().chat(),
                        delivered.messageId(), delivered.pollRef()));
            }
            Update update = OutboxStore.settle(OutboxStatus.DELIVERED, now)
                    .set(PLATFORM_MESSAGE_ID, delivered.messageId());
            if (hasContent(claimed.entry())) {
                update.unset(ATTACHMENT_CONTENT).unset(ATTACHMENT_FILE);
            }
            writes.delivered(claimed, update, delivered.messageId(), now);
            dropFile(claimed.entry());
            return null;
        }
        if (outcome instanceof SendOutcome.RetryAfter retry) {
            Duration delay = retry.delay() == null || retry.delay().isNegative() ? Duration.ZERO : retry.delay();
            log.info("outbox {} to {}: rate limited, trying again in {}", claimed.entry().key(),
                    claimed.entry().chat().key(), delay);
            return retryAt(claimed, ceilMillis(now.plus(delay)), "retry after " + delay, 0, now);
        }
        if (outcome instanceof SendOutcome.Transient failure) {
            return transientFailure(claimed, Reasons.clean(failure.reason()), now);
        }
        if (outcome instanceof SendOutcome.Unreachable unreachable) {
            unreachable(claimed, Reasons.clean(unreachable.reason()), now);
            return null;
        }
        if (outcome instanceof SendOutcome.Moved moved) {
            return moved(claimed, moved.to(), now);
        }
        if (outcome instanceof SendOutcome.Held held) {
            settle(claimed, OutboxStatus.HELD, Reasons.clean(held.reason()), now);
        } else {
            settle(claimed, OutboxStatus.FAILED, Reasons.clean(((SendOutcome.Failed) outcome).reason()), now);
        }
        return null;
    }

    /**
     * The platform will not take the message now (outside its messaging window): a copy goes to the
     * person's other platform when there is one ({@code detour}), else the entry is held until they write.
     */
    void outsideWindow(Platform platform, Claimed claimed, String reason, Optional<ChatRef> detour) {
        Instant now = clock.instant();
        if (detour.isEmpty()) {
            metrics.sent(platform, "held");
            settle(claimed, OutboxStatus.HELD, Reasons.clean(reason), now);
            return;
        }
        metrics.sent(platform, "forwarded");
        OutboxEntry entry = claimed.entry();
        ChatRef to = detour.get();
        String key = entry.key() + ":via:" + to.key();
        Document copy = OutboxCodec.newEntry(key, to, OutboxEntry.Kind.MESSAGE, entry.message().elsewhere(), null,
                null, entry.priority(), now);
        if (store.insert(copy)) {
            signal.enqueued(to.platform(), Candidate.of(copy));
        }
        log.info("outbox {} to {}: {}; sent on the person's other platform as {}", entry.key(), entry.chat().key(),
                reason, key);
        Update update = OutboxStore.settle(OutboxStatus.FORWARDED, now).set(FORWARDED_TO, key)
                .set(LAST_ERROR, Reasons.clean(reason));
        if (hasContent(entry)) {
            update.unset(ATTACHMENT_CONTENT).unset(ATTACHMENT_FILE);
        }
        writes.write(claimed, update, OutboxStatus.FORWARDED, "forwarded");
        dropFile(entry);
    }

    private Candidate transientFailure(Claimed claimed, String reason, Instant now) {
        int failures = claimed.failures() + 1;
        if (failures >= maxAttempts) {
            settle(claimed, OutboxStatus.FAILED, "gave up after " + failures + " attempts: " + reason, now);
            return null;
        }
        log.warn("outbox {} to {}: attempt {} failed, retrying: {}", claimed.entry().key(),
                claimed.entry().chat().key(), failures, reason);
        return retryAt(claimed, ceilMillis(now.plus(backoff(failures))), reason, 1, now);
    }

    private Candidate retryAt(Claimed claimed, Instant due, String reason, int failed, Instant now) {
        Update update = OutboxStore.settle(OutboxStatus.PENDING, now).set(NEXT_ATTEMPT_AT, Date.from(due))
                .set(LAST_ERROR, reason).inc(FAILURES, failed);
        boolean written = writes.write(claimed, update, OutboxStatus.PENDING, "rescheduled");
        return written ? claimed.candidate().after(claimed.rev() + 1, claimed.entry().chat(), due) : null;
    }

    private void unreachable(Claimed claimed, String reason, Instant now) {
        ChatRef chat = claimed.entry().chat();
        settle(claimed, OutboxStatus.FAILED, "unreachable: " + reason, now);
        chats.markUnreachable(chat, reason, now);
    }

    private Candidate moved(Claimed claimed, ChatRef to, Instant now) {
        ChatRef from = claimed.entry().chat();
        if (to == null || to.equals(from) || to.platform() != from.platform()) {
            settle(claimed, OutboxStatus.FAILED, "moved to an unusable chat: " + to, now);
            return null;
        }
        log.info("outbox {}: chat {} moved to {}, resending there", claimed.entry().key(), from.key(), to.key());
        Update update = OutboxStore.settle(OutboxStatus.PENDING, now).set(CHAT, to.key())
                .set(NEXT_ATTEMPT_AT, Date.from(now));
        boolean mine = writes.write(claimed, update, OutboxStatus.PENDING, "moved");
        if (chats.move(from, to)) {
            publish(new OutboxEvents.ChatMoved(from, to));
        }
        return mine ? claimed.candidate().after(claimed.rev() + 1, to, now) : null;
    }

    private void settle(Claimed claimed, OutboxStatus status, String reason, Instant now) {
        String what = status.name().toLowerCase(Locale.ROOT);
        log.warn("outbox {} to {} {}: {}", claimed.entry().key(), claimed.entry().chat().key(), what, reason);
        writes.write(claimed, OutboxStore.settle(status, now).set(LAST_ERROR, reason), status, what);
    }

    private void publish(Object event) {
        try {
            events.publishEvent(event);
        } catch (RuntimeException e) {
            log.warn("a listener of {} failed: {}", event.getClass().getSimpleName(), Reasons.of(e));
        }
    }

    static Duration backoff(int failures) {
        long seconds = failures > 9 ? MAX_BACKOFF_SECONDS : Math.min(MAX_BACKOFF_SECONDS, 1L << (failures - 1));
        return Duration.ofSeconds(seconds);
    }

    /** Stored times have millisecond precision; rounding up keeps a wait from ending early. */
    static Instant ceilMillis(Instant instant) {
        Instant truncated = instant.truncatedTo(ChronoUnit.MILLIS);
        return truncated.equals(instant) ? instant : truncated.plusMillis(1);
    }

    static String name(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Delivered) {
            return "delivered";
        }
        if (outcome instanceof SendOutcome.RetryAfter) {
            return "retry_after";
        }
        if (outcome instanceof SendOutcome.Transient) {
            return "transient";
        }
        if (outcome instanceof SendOutcome.Unreachable) {
            return "unreachable";
        }
        if (outcome instanceof SendOutcome.Moved) {
            return "moved";
        }
        return outcome instanceof SendOutcome.Held ? "held" : "failed";
    }

    /** Its file, if it was too big for the entry, is no longer needed once the entry is settled. */
    private void dropFile(OutboxEntry entry) {
        if (hasContent(entry)) {
            store.dropFile(entry.key());
        }
    }

    private static boolean hasContent(OutboxEntry entry) {
        return entry.message() != null && entry.message().attachment() != null
                && entry.message().attachment().content() != null;
    }
}
