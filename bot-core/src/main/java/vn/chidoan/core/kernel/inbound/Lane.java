package vn.chidoan.core.kernel.inbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.inbound.InboundStore.Finished;
import vn.chidoan.core.kernel.work.PeriodicJobs;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * One worker thread of {@link InboundLanes}, the events waiting for it (at most {@code capacity}: a
 * place is taken before an event is stored, so a full lane refuses it rather than grow), and what it
 * handled but has not recorded as done yet. Whatever a handling throws is logged and the lane goes on.
 *
 * <p>A lane also refuses a new event while its oldest waiting one has waited {@code longestWait}: an
 * event that waits longer than half of {@code recoverAfter} must be claimed before it is handled
 * (a database write and a read of the whole event back, per event), and a flood the lanes cannot keep
 * up with made that the fate of nearly every event (0.985 claims per update in WebhookBenchmark), so
 * the lanes slowed down exactly when they were behind. Refused, the platform sends the event again
 * later; accepted, it is handled while young.
 */
final class Lane {
    private static final Logger log = LoggerFactory.getLogger(Lane.class);

    private final ThreadPoolExecutor executor;
    private final InboundStore store;
    private final Clock clock;
    private final Set<String> queued;
    private final int capacity;
    private final Duration longestWait;
    private final AtomicInteger waiting = new AtomicInteger();
    private final List<Finished> finished = new ArrayList<>();
    private final List<String> settled = new ArrayList<>();

    /** A handling waiting in the lane's queue, and since when. */
    private record Waiting(Instant since, Runnable work) implements Runnable {
        @Override
        public void run() {
            work.run();
        }
    }

    Lane(String name, InboundStore store, Clock clock, Set<String> queued, int capacity, Duration longestWait) {
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                WorkerThreads.daemon(name));
        this.store = store;
        this.clock = clock;
        this.queued = queued;
        this.capacity = capacity;
        this.longestWait = longestWait;
    }

    /** Takes a place in the queue; false when it is full, or its oldest event has waited too long. */
    boolean reserve() {
        if (waiting.incrementAndGet() > capacity || behind()) {
            waiting.decrementAndGet();
            return false;
        }
        return true;
    }

    /** Whether the oldest event waiting here has waited {@code longestWait} already. */
    private boolean behind() {
        return executor.getQueue().peek() instanceof Waiting oldest
                && !clock.instant().isBefore(oldest.since().plus(longestWait));
    }

    /** Gives back a place taken but not used. */
    void release() {
        waiting.decrementAndGet();
    }

    /** Queues the handling of {@code key} in a place taken before; false if the lane is stopped. */
    boolean run(String key, Supplier<Finished> processing, Runnable started) {
        try {
            executor.execute(new Waiting(clock.instant(), () -> {
                waiting.decrementAndGet();
                started.run();
                handle(key, processing);
            }));
            return true;
        } catch (RejectedExecutionException stopped) {
            release();
            return false;
        }
    }

    private void handle(String key, Supplier<Finished> processing) {
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
            flushNow = executor.getQueue().isEmpty() || settled.size() >= InboundLanes.DONE_BATCH;
        }
        if (flushNow) {
            flush();
        }
    }

    /** Records what was handled as DONE, in one write. */
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

    int waiting() {
        return waiting.get();
    }

    boolean running() {
        return !executor.isShutdown();
    }

    void shutdown() {
        executor.shutdown();
    }

    boolean awaitTermination(long nanos) throws InterruptedException {
        return executor.awaitTermination(nanos, TimeUnit.NANOSECONDS);
    }
}
