package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.Purges;
import vn.chidoan.core.kernel.work.Worker;

/**
 * The workers: N single-thread {@link Lane}s, an event going to lane {@code hash(lane key) mod N}, so
 * the events of one chat are handled one at a time and in order (within one instance). A lane records
 * its handled events DONE together, in one write, when it has nothing more queued (or every
 * {@value #DONE_BATCH} events, or when housekeeping finds them waiting behind a long handling); an
 * event stays known as queued here until then, so recovery cannot hand it out again in between.
 * Recovery, at start and periodically, resubmits events nobody is handling: how an event accepted
 * just before a crash is still handled (and one whose DONE was lost with a crash is handled again, to
 * the same effect). Starts before the web server (phase 0) and stops after it.
 *
 * <p>Bounded: a lane holds at most {@code queueCapacity} events and takes no new one while its oldest
 * has waited {@link InboundProperties#longestWait()} (so what it takes is handled young, without a
 * claim); a place is taken before an event is stored, so when there is none the event is refused (the
 * webhook answers a status the platform retries, polling waits) instead of growing the heap. Payloads are kept in memory up to
 * {@code queueMemory} bytes over all lanes; beyond it an event waits as its key, and its lane reads it
 * back when its turn comes.
 */
@Component
class InboundLanes implements SmartLifecycle, Worker {
    private static final Logger log = LoggerFactory.getLogger(InboundLanes.class);
    private static final int RECOVERY_LIMIT = 1_000;
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);
    static final int DONE_BATCH = 100;

    /** A place taken in a lane for an event about to be stored; no lane when the workers are stopped. */
    record Place(Lane lane) {
    }

    private final InboundProcessor processor;
    private final InboundStore store;
    private final Clock clock;
    private final InboundProperties settings;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final AtomicLong payloadBytes = new AtomicLong();
    private final PeriodicJobs housekeeping = new PeriodicJobs("inbound-housekeeping", log);
    private volatile Lane[] lanes;

    InboundLanes(InboundProcessor processor, InboundStore store, Clock clock, InboundProperties settings) {
        this.processor = processor;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Takes a place in the lane of {@code laneKey} for an event about to be stored; empty when it is full. */
    Optional<Place> reserve(String laneKey) {
        Lane[] current = lanes;
        if (current == null) {
            return Optional.of(new Place(null));
        }
        Lane lane = laneOf(current, laneKey);
        return lane.reserve() ? Optional.of(new Place(lane)) : Optional.empty();
    }

    /** Gives back a place that was not used (the event was a replay, or could not be stored). */
    void release(Place place) {
        if (place.lane() != null) {
            place.lane().release();
        }
    }

    /**
     * Queues an event this instance just stored, in the place taken for it: with its payload while the
     * memory budget allows (the lane reads nothing back), else by key. Recovery finds it if the workers
     * were stopped.
     */
    void submit(Place place, Accepted event) {
        Lane lane = place.lane();
        if (lane == null) {
            return;
        }
        if (!queued.add(event.key())) {
            lane.release();
            return;
        }
        long bytes = 2L * event.payload().length();
        boolean inMemory = payloadBytes.addAndGet(bytes) <= settings.queueMemory();
        Runnable started = () -> payloadBytes.addAndGet(-bytes);
        if (!inMemory) {
            started.run();
        }
        boolean queuedNow = inMemory ? lane.run(event.key(), () -> processor.process(event), started)
                : lane.run(event.key(), () -> processor.process(event.key(), 0L), () -> { });
        if (!queuedNow) {
            queued.remove(event.key());
            if (inMemory) {
                started.run();
            }
        }
    }

    /** Queues a stored event found at {@code rev}; false if it is queued already, its lane is full or stopped. */
    boolean submit(String laneKey, String key, long rev) {
        Lane[] current = lanes;
        if (current == null || !queued.add(key)) {
            return false;
        }
        Lane lane = laneOf(current, laneKey);
        if (!lane.reserve() || !lane.run(key, () -> processor.process(key, rev), () -> { })) {
            queued.remove(key);
            return false;
        }
        return true;
    }

    private static Lane laneOf(Lane[] lanes, String laneKey) {
        return lanes[Math.floorMod(laneKey.hashCode(), lanes.length)];
    }

    /**
     * Keeps what the lanes are doing safe from recovery elsewhere: records what they handled but have
     * not recorded yet (a lane busy with a long handling would otherwise hold it back), and claims
     * handlings without a claim that run long. Housekeeping runs it every second at most.
     */
    void protect() {
        Lane[] current = lanes;
        if (current != null) {
            for (Lane lane : current) {
                lane.flush();
            }
        }
        processor.protectLongHandlings();
    }

    /** Resubmits events nobody is handling; returns how many were queued. */
    int recover() {
        Instant now = clock.instant();
        List<Document> stranded = store.recoverable(now.minus(settings.recoverAfter()), now, RECOVERY_LIMIT);
        int resubmitted = 0;
        for (Document event : stranded) {
            String key = event.getString(InboundStore.KEY);
            if (submit(event.getString(InboundStore.LANE), key, InboundStore.rev(event))) {
                resubmitted++;
            }
        }
        if (resubmitted > 0) {
            log.info("inbound: resubmitted {} events that were not handled yet", resubmitted);
        }
        return resubmitted;
    }

    /** Deletes DONE and FAILED events older than the retention, in bounded batches; returns how many. */
    long purgeFinished() {
        Instant before = clock.instant().minus(settings.retention());
        return Purges.inBatches(settings.cleanupBatch(), batch -> store.purgeFinished(before, batch));
    }

    @Override
    public synchronized void start() {
        if (lanes != null) {
            return;
        }
        startWorkers();
        housekeeping.every("recovery", Duration.ZERO, settings.recoveryInterval(), this::recover);
        Duration watch = Duration.ofMillis(Math.max(1, Math.min(1_000, settings.recoverAfter().toMillis() / 4)));
        housekeeping.every("protecting running handlings", watch, watch, this::protect);
        housekeeping.every("cleanup", settings.cleanupInterval(), settings.cleanupInterval(), this::purgeFinished);
        log.info("inbound: {} lanes started", settings.lanes());
    }

    /** Starts the lanes alone, without the periodic recovery and cleanup. */
    synchronized void startWorkers() {
        Lane[] workers = new Lane[settings.lanes()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Lane("inbound-lane-" + i, store, clock, queued, settings.queueCapacity(),
                    settings.longestWait());
        }
        lanes = workers;
    }

    @Override
    public synchronized void stop() {
        Lane[] workers = lanes;
        lanes = null;
        housekeeping.stop();
        if (workers == null) {
            return;
        }
        for (Lane worker : workers) {
            worker.shutdown();
        }
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        try {
            for (Lane worker : workers) {
                worker.awaitTermination(Math.max(0, deadline - System.nanoTime()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queued.clear();
        payloadBytes.set(0);
    }

    @Override
    public boolean isRunning() {
        return lanes != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public Map<String, Boolean> running() {
        Lane[] current = lanes;
        Map<String, Boolean> running = new LinkedHashMap<>();
        if (current != null) {
            for (int i = 0; i < current.length; i++) {
                running.put("inbound-lane-" + i, current[i].running());
            }
            running.putAll(housekeeping.running());
        }
        return running;
    }

    /** Events waiting in the lanes, and payload bytes held for them. */
    int waiting() {
        Lane[] current = lanes;
        int waiting = 0;
        if (current != null) {
            for (Lane lane : current) {
                waiting += lane.waiting();
            }
        }
        return waiting;
    }

    long payloadBytes() {
        return payloadBytes.get();
    }
}
