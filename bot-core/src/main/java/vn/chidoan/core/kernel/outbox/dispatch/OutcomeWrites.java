package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Reasons;

/**
 * The writes that record how a send ended: a compare-and-set on the entry's revision, tried again when
 * the database did not answer (a read timeout under load: the write may or may not have been made).
 * Trying again is safe because of the compare-and-set; a retry that changes nothing reads the entry,
 * and one already at the next revision in the state it was taking was this write's. Without the retry
 * a delivery whose record timed out stayed SENDING and was sent again when its lease ended (seen once
 * in a 75,000-member benchmark run). A delivery's record is made durable before the sending thread
 * goes on: through the {@link DeliveryJournal} when there is one, else by syncing the database.
 */
final class OutcomeWrites {
    private static final Logger log = LoggerFactory.getLogger(OutcomeWrites.class);
    /** Pauses before the second, third and fourth try of a write the database did not answer. */
    static final List<Duration> PAUSES = List.of(Duration.ofMillis(50), Duration.ofMillis(250), Duration.ofSeconds(1));

    private final OutboxStore store;
    private final Durability durability;
    private final DeliveryJournal journal;

    OutcomeWrites(OutboxStore store, Durability durability, DeliveryJournal journal) {
        this.store = store;
        this.durability = durability;
        this.journal = journal;
    }

    /** Records DELIVERED ({@code update}) and returns once that record survives a crash. */
    void delivered(OutcomeRecorder.Claimed claimed, Update update, String messageId, Instant now) {
        if (journal == null) {
            write(claimed, update, OutboxStatus.DELIVERED, "delivered");
            durability.sync();
            return;
        }
        Journal.Entry record = journal.append(claimed.stored(), claimed.rev(), messageId, now);
        try {
            write(claimed, update, OutboxStatus.DELIVERED, "delivered");
        } finally {
            record.settle();
        }
        record.awaitDisk();
    }

    /** Applies {@code update} (taking the entry to {@code to}) if the entry is still as claimed; false if not. */
    boolean write(OutcomeRecorder.Claimed claimed, Update update, OutboxStatus to, String what) {
        String key = claimed.entry().key();
        for (int attempt = 0;; attempt++) {
            try {
                boolean written = store.transition(key, claimed.rev(), update) || (attempt > 0 && landed(claimed, to));
                if (!written) {
                    log.warn("outbox {}: lease lost before it was recorded as {}; another dispatcher may send it again",
                            key, what);
                }
                return written;
            } catch (RuntimeException unanswered) {
                if (attempt >= PAUSES.size()) {
                    throw unanswered;
                }
                log.warn("outbox {}: recording it as {} got no answer ({}), trying again", key, what,
                        Reasons.of(unanswered));
                pause(PAUSES.get(attempt));
            }
        }
    }

    /** The entry is at the revision after the claim and in {@code to}: an earlier try that got no answer made it. */
    private boolean landed(OutcomeRecorder.Claimed claimed, OutboxStatus to) {
        Document stored = store.find(claimed.entry().key()).orElse(null);
        return stored != null && ((Number) stored.get(OutboxCodec.REV)).longValue() == claimed.rev() + 1
                && to.name().equals(stored.getString(OutboxCodec.STATUS));
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an outcome", e);
        }
    }
}
