package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;

/**
 * The inbound gateway on MongoDB: one insert per event (a replay hits the unique key and stores
 * nothing), made durable before {@link #accept} returns, so what the caller acknowledges survives a
 * crash; then the event is queued on its lane in memory, payload and all, so the lane needs to read
 * nothing back. Nothing is read on this path either; if the process dies before a worker handles the
 * event, recovery finds it stored. When the event's lane is full, nothing is stored and the answer is
 * BUSY.
 *
 * <p>Durable how: with an inbound {@link Journal} (the embedded database), the event is appended to
 * it before the insert and the call returns once the journal record is on disk, whatever the insert
 * found (a duplicate's own record covers an original whose record is not on disk yet); the journal's
 * segments left by a crash are inserted again at start-up, before the lanes start, so an event
 * acknowledged but not yet in the database file is stored then and recovery hands it out. Without
 * one (a configured MongoDB, whose journaled insert is durable itself), {@link Durability#sync()}
 * follows the insert.
 */
@Component
public class MongoInboundGateway implements InboundGateway {
    private static final Logger log = LoggerFactory.getLogger(MongoInboundGateway.class);

    private final InboundStore store;
    private final InboundLanes lanes;
    private final InboundMetrics metrics;
    private final Clock clock;
    private final Durability durability;
    private final Journal journal;
    private final Refusals refusals;

    @Autowired
    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock,
            ObjectProvider<Durability> durability, ObjectProvider<Journal> journal) {
        this(store, lanes, metrics, clock, durability.getIfAvailable(() -> Durability.NONE), journal.getIfAvailable());
    }

    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock,
            Durability durability) {
        this(store, lanes, metrics, clock, durability, null);
    }

    MongoInboundGateway(InboundStore store, InboundLanes lanes, InboundMetrics metrics, Clock clock,
            Durability durability, Journal journal) {
        this.store = store;
        this.lanes = lanes;
        this.metrics = metrics;
        this.clock = clock;
        this.durability = durability;
        this.journal = journal;
        this.refusals = new Refusals(clock);
        if (journal != null) {
            replay(journal);
        }
    }

    /**
     * Stores again what a crash left in the journal (a key already stored stays as it is: the replay
     * is idempotent), then lets the journal forget it.
     */
    private void replay(Journal journal) {
        int stored = 0;
        int records = 0;
        for (byte[] record : journal.unfinished()) {
            records++;
            JournaledEvent event;
            try {
                event = JournaledEvent.of(record);
            } catch (RuntimeException unreadable) {
                log.error("inbound journal: a record cannot be read and is skipped: {}", unreadable.toString());
                continue;
            }
            if (store.insert(event.platform(), event.key(), event.lane(), event.payload(), event.receivedAt())) {
                stored++;
            }
        }
        journal.forgetUnfinished();
        if (records > 0) {
            log.info("inbound journal: {} events read back after a stop, {} of them were not stored yet", records,
                    stored);
        }
    }

    @Override
    public Acceptance accept(Platform platform, String key, String lane, String payload) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(payload, "payload");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an inbound event needs a key");
        }
        String laneKey = lane == null || lane.isBlank() ? key : lane;
        Optional<InboundLanes.Place> place = lanes.reserve(laneKey);
        if (place.isEmpty()) {
            metrics.received(platform, "busy");
            refusals.refused(key);
            return Acceptance.BUSY;
        }
        Instant now = clock.instant();
        boolean inserted;
        try {
            inserted = journal != null ? journaled(new JournaledEvent(platform, key, laneKey, payload, now))
                    : synced(platform, key, laneKey, payload, now);
        } catch (RuntimeException e) {
            lanes.release(place.get());
            throw e;
        }
        if (!inserted) {
            lanes.release(place.get());
            metrics.received(platform, "duplicate");
            return Acceptance.DUPLICATE;
        }
        metrics.received(platform, "accepted");
        lanes.submit(place.get(), new Accepted(platform, key, laneKey, payload, now));
        return Acceptance.ACCEPTED;
    }

    private boolean journaled(JournaledEvent event) {
        Journal.Entry entry = journal.append(event.bytes());
        boolean inserted;
        try {
            inserted = store.insert(event.platform(), event.key(), event.lane(), event.payload(), event.receivedAt());
        } finally {
            entry.settle();
        }
        entry.awaitDisk();
        return inserted;
    }

    private boolean synced(Platform platform, String key, String lane, String payload, Instant now) {
        boolean inserted = store.insert(platform, key, lane, payload, now);
        durability.sync();
        return inserted;
    }
}
