package vn.chidoan.core.kernel.work;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;

/**
 * The thread of a worker that runs stored pieces of work by key (fan-outs, jobs): one key at a time at
 * most once in this process, a sweep at start and then every period to take up what was left, and no
 * thread at all until started (a test hands it an executor of its own instead). It runs on {@link
 * PeriodicJobs}, so whatever a sweep or one piece of work throws, {@code Error}s included, is logged once
 * and the thread carries on; {@link #running()} reports it to the app's health.
 */
public final class KeyedWorker implements Worker {
    private final PeriodicJobs thread;
    private final String name;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Executor direct;

    /** {@code direct}: where to run instead of the thread (a test's own); null for the thread once started. */
    public KeyedWorker(String name, Logger log, Executor direct) {
        this.thread = new PeriodicJobs(name, log);
        this.name = name;
        this.direct = direct;
    }

    /** Runs {@code work} for {@code key} unless it is already running here; false if not queued. */
    public boolean submit(String key, Consumer<String> work) {
        if (!running.add(key)) {
            return false;
        }
        Runnable once = () -> {
            try {
                work.accept(key);
            } finally {
                running.remove(key);
            }
        };
        if (direct != null) {
            direct.execute(once);
            return true;
        }
        if (!thread.execute(name + " " + key, once)) {
            running.remove(key);
            return false;
        }
        return true;
    }

    /** Starts the thread, which runs {@code sweep} now and then {@code every} after each sweep ends. */
    public synchronized void start(Duration every, Runnable sweep) {
        if (!thread.isRunning()) {
            thread.every("sweep", Duration.ZERO, every, sweep);
        }
    }

    public synchronized void stop() {
        thread.stop();
    }

    public synchronized boolean isRunning() {
        return thread.isRunning();
    }

    @Override
    public Map<String, Boolean> running() {
        return thread.running();
    }
}
