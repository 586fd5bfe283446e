package vn.chidoan.core.kernel.work;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * One daemon thread that runs periodic jobs and one-off tasks. Whatever a run throws, {@code Error}s
 * included, is logged once and the job runs again at its next time: a scheduled executor would
 * otherwise cancel a job for good at its first uncaught throw, silently. {@link #running()} says, per
 * job, whether it will run again, for the app's health.
 */
public final class PeriodicJobs implements Worker {
    private final String name;
    private final Logger log;
    private final Map<String, ScheduledFuture<?>> jobs = new LinkedHashMap<>();
    private ScheduledExecutorService executor;

    public PeriodicJobs(String name, Logger log) {
        this.name = name;
        this.log = log;
    }

    /** Runs {@code job} after {@code first}, then {@code every} after each run ends. */
    public synchronized void every(String what, Duration first, Duration every, Runnable job) {
        jobs.put(what, started().scheduleWithFixedDelay(guarded(log, what, job), first.toMillis(),
                Math.max(1, every.toMillis()), TimeUnit.MILLISECONDS));
    }

    /** Runs {@code task} once on this thread; false when stopped. */
    public synchronized boolean execute(String what, Runnable task) {
        if (executor == null) {
            return false;
        }
        try {
            executor.execute(guarded(log, what, task));
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }

    /** Stops the thread, interrupting what runs. */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        jobs.clear();
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public synchronized Map<String, Boolean> running() {
        Map<String, Boolean> running = new LinkedHashMap<>();
        jobs.forEach((what, future) -> running.put(name + ": " + what, !future.isDone() && !executor.isShutdown()));
        return running;
    }

    private ScheduledExecutorService started() {
        if (executor == null) {
            executor = Executors.newSingleThreadScheduledExecutor(WorkerThreads.daemon(name));
        }
        return executor;
    }

    /** {@code task}, with whatever one run throws logged once at WARN instead of thrown. */
    public static Runnable guarded(Logger log, String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                log.warn("{} failed; it carries on: {}", what, e.toString(), e);
            }
        };
    }
}
