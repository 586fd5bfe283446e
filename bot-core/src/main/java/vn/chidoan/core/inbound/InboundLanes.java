package vn.chidoan.core.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The workers: N single-thread lanes, an event going to lane {@code hash(lane key) mod N}, so the
 * events of one chat are handled one at a time and in order (within one instance). Recovery, at
 * start and periodically, resubmits events nobody is handling: how an event accepted just before a
 * crash is still handled. Starts before the web server (phase 0) and stops after it.
 */
@Component
class InboundLanes implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(InboundLanes.class);
    private static final int RECOVERY_LIMIT = 1_000;
    private static final int MAX_PURGE_BATCHES = 100;
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);

    private final InboundProcessor processor;
    private final InboundStore store;
    private final Clock clock;
    private final InboundProperties settings;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService[] lanes;
    private ScheduledExecutorService housekeeping;

    InboundLanes(InboundProcessor processor, InboundStore store, Clock clock, InboundProperties settings) {
        this.processor = processor;
        this.store = store;
        this.clock = clock;
        this.settings = settings;
    }

    /** Queues the event on its lane; false if it is already queued or the workers are stopped. */
    boolean submit(String lane, String key, long rev) {
        ExecutorService[] current = lanes;
        if (current == null || !queued.add(key)) {
            return false;
        }
        try {
            current[Math.floorMod(lane.hashCode(), current.length)].execute(() -> handle(key, rev));
            return true;
        } catch (RejectedExecutionException e) {
            queued.remove(key);
            return false;
        }
    }

    private void handle(String key, long rev) {
        queued.remove(key);
        try {
            processor.process(key, rev);
        } catch (RuntimeException e) {
            log.error("inbound {} could not be handled now; recovery will resubmit it", key, e);
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
        long cleanup = settings.cleanupInterval().toMillis();
        housekeeping.scheduleWithFixedDelay(() -> quietly("cleanup", this::purgeDone), cleanup, cleanup,
                TimeUnit.MILLISECONDS);
        log.info("inbound: {} lanes started", settings.lanes());
    }

    /** Starts the lanes alone, without the periodic recovery and cleanup. */
    synchronized void startWorkers() {
        ExecutorService[] workers = new ExecutorService[settings.lanes()];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = Executors.newSingleThreadExecutor(daemon("inbound-lane-" + i));
        }
        lanes = workers;
    }

    @Override
    public synchronized void stop() {
        ExecutorService[] workers = lanes;
        lanes = null;
        if (housekeeping != null) {
            housekeeping.shutdownNow();
        }
        if (workers == null) {
            return;
        }
        for (ExecutorService worker : workers) {
            worker.shutdown();
        }
        long deadline = System.nanoTime() + STOP_PATIENCE.toNanos();
        try {
            for (ExecutorService worker : workers) {
                worker.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
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
        } catch (RuntimeException e) {
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
