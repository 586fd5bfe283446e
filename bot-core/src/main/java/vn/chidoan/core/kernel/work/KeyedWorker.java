package vn.chidoan.core.kernel.work;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread of a worker that runs stored pieces of work by key (fan-outs, jobs): one key at a time at
 * most once in this process, a sweep at start and then every period to take up what was left, and no
 * thread at all until started (a test hands it an executor of its own instead). A sweep that throws is
 * logged and the next one tries again.
 */
public final class KeyedWorker {
    private static final Logger log = LoggerFactory.getLogger(KeyedWorker.class);

    private final String name;
    private final Duration every;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile Executor executor;
    private ScheduledExecutorService thread;

    /** {@code executor}: where to run when not started (null: nowhere until {@link #start}). */
    public KeyedWorker(String name, Duration every, Executor executor) {
        this.name = name;
        this.every = every;
        this.executor = executor;
    }

    /** Runs {@code work} for {@code key} unless it is already running here; false if not queued. */
    public boolean submit(String key, Consumer<String> work) {
        Executor current = executor;
        if (current == null || !running.add(key)) {
            return false;
        }
        try {
            current.execute(() -> {
                try {
                    work.accept(key);
                } finally {
                    running.remove(key);
                }
            });
            return true;
        } catch (RejectedExecutionException stopping) {
            running.remove(key);
            return false;
        }
    }

    /** Starts the thread, which runs {@code sweep} now and every period. */
    public synchronized void start(Runnable sweep) {
        if (thread != null) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemon(name));
        executor = thread;
        thread.scheduleWithFixedDelay(() -> {
            try {
                sweep.run();
            } catch (Throwable e) {
                log.warn("{}: sweep failed; the next one tries again", name, e);
            }
        }, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
            executor = null;
        }
    }

    public synchronized boolean isRunning() {
        return thread != null;
    }
}
