package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.inbound.InboundStore.Finished;

/**
 * The workers: N single-thread lanes, an event going to lane {@code hash(lane key) mod N}, so the
 * events of one chat are handled one at a time and in order (within one instance). A lane records
 * its handled events DONE together, in one write, when it has nothing more queued (or every
 * {@value #DONE_BATCH} events, or when housekeeping finds them waiting behind a long handling); an
 * event stays known as queued here until then, so recovery cannot hand it out again in between. Recovery, at start and periodically, resubmits events nobody is
 * handling: how an event accepted just before a crash is still handled (and one whose DONE was lost
 * with a crash is handled again, to the same effect). Starts before the web server (phase 0) and
 * stops after it.
 */
@Component
class InboundLanes implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(InboundLanes.class);
    private static final int RECOVERY_LIMIT = 1_000;
    private static final int MAX_PURGE_BATCHES = 100;
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);
    static final int DONE_BATCH = 100;

    private final InboundProcessor processor;
    private final InboundStore store;
    private final Clock clock;
    private final InboundProperties settings;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile Lane[] lanes;
    private ScheduledExecutorService housekeeping;

    InboundLanes(InboundProcessor processor, InboundStore store, Clock clock, InboundProperties settings) {
        this.processor = processor;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Queues an event this instance just stored; false if the workers are stopped (recovery will find it). */
    boolean submit(Accepted event) {
        return submit(event.lane(), event.key(), lane -> lane.handle(event.key(), () -> processor.process(event)));
    }

    /** Queues a stored event found at {@code rev}; false if it is already queued or the workers are stopped. */
    boolean submit(String lane, String key, long rev) {
        return submit(lane, key, l -> l.handle(key, () -> processor.process(key, rev)));
    }

    private boolean submit(String laneKey, String key, java.util.function.Consumer<Lane> work) {
        Lane[] current = lanes;
        if (current == null || !queued.add(key)) {
            return false;
        }
        Lane lane = current[Math.floorMod(laneKey.hashCode(), current.length)];
        try {
            lane.executor.execute(() -> work.accept(lane));
            return true;
        } catch (RejectedExecutionException e) {
            queued.remove(key);
            return false;
        }
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

    /** One worker thread, and what it handled but has not recorded as done yet. */
    private final class Lane {
        final ThreadPoolExecutor executor;
        private final List<Finished> finished = new ArrayList<>();
        private final List<String> settled = new ArrayList<>();

        Lane(String name) {
            executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), daemon(name));
        }

        void handle(String key, Supplier<Finished> processing) {
            Finished done = null;
            try {
                done = processing.get();
            } catch (Throwable e) {
                log.error("inbound {} could not be handled now; recovery will resubmit it", key, e);
            }
            boolean flushNow;
            synchronized (this) {
                if (done != null) {
                    finished.add(done);
                }
                settled.add(key);
                flushNow = executor.getQueue().isEmpty() || settled.size() >= DONE_BATCH;
            }
            if (flushNow) {
                flush();
            }
        }

        synchronized void flush() {
            if (settled.isEmpty()) {
                return;
            }
            try {
                int recorded = store.done(finished, clock.instant());
                if (recorded < finished.size()) {
                    log.warn("inbound: {} of {} handled events were taken over by another worker before"
                            + " they were recorded as done", finished.size() - recorded, finished.size());
                }
            } catch (RuntimeException e) {
                log.warn("inbound: could not record {} handled events as done; recovery will hand them out"
                        + " again (to the same effect): {}", finished.size(), e.toString());
            } finally {
                finished.clear();
                settled.forEach(queued::remove);
                settled.clear();
            }
        }
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

    /** Deletes DONE events older than the retention, in bounded batches; returns how many. */
    long purgeDone() {
        Instant before = clock.instant().minus(settings.retention());
        long total = 0;
        for (int batch = 0; batch < MAX_PURGE_BATCHES; batch++) {
            long deleted = store.purgeDone(before, settings.cleanupBatch());
            total += deleted;
            if (deleted < settings.cleanupBatch()) {
                break;
            }
        }
        return total;
    }

    @Override
    public synchronized void start() {
        if (lanes != null) {
            return;
        }
        startWorkers();
        housekeeping = Executors.newSingleThreadScheduledExecutor(daemon("inbound-housekeeping"));
        long every = settings.recoveryInterval().toMillis();
        housekeeping.scheduleWithFixedDelay(() -> quietly("recovery", this::recover), 0, every, TimeUnit.MILLISECONDS);
        long watch = Math.max(1, Math.min(1_000, settings.recoverAfter().toMillis() / 4));
        housekeeping.scheduleWithFixedDelay(() -> quietly("protecting running handlings", this::protect),
                watch, watch, TimeUnit.MILLISECONDS);
        long cleanup = settings.cleanupInterval().toMillis();
        housekeeping.scheduleWithFixedDelay(() -> quietly("cleanup", this::purgeDone), cleanup, cleanup,
                TimeUnit.MILLISECONDS);
        log.info("inbound: {} lanes started", settings.lanes());
    }

    /** Starts the lanes alone, without the periodic recovery and cleanup. */
    synchronized void startWorkers() {
        Lane[] workers = new Lane[settings.lanes()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Lane("inbound-lane-" + i);
        }
        lanes = workers;
    }

    @Override
    public synchronized void stop() {
        Lane[] workers = lanes;
        lanes = null;
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        if (workers == null) {
            return;
        }
        for (Lane worker : workers) {
            worker.executor.shutdown();
        }
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        try {
            for (Lane worker : workers) {
                worker.executor.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queued.clear();
    }

    @Override
    public boolean isRunning() {
        return lanes != null;
    }

    @Override
    public int getPhase() {
        return 0;
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            log.warn("inbound {} failed, will try again: {}", what, e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
