package vn.chidoan.core.kernel.work;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs {@link Jobs} on its own thread, off the inbound lanes: a recorded job at once, and at start and
 * every sweep whatever is unfinished and not held (recorded by an instance that died, or whose lease ran
 * out). While a job runs, housekeeping on a thread of its own renews its lease every third of it, so a
 * job longer than its lease is not taken by a second instance; it also deletes finished jobs past the
 * retention. A job that throws is let go and tried again by a later sweep, up to its attempts; then it
 * is ended as failed and its kind tells whoever asked. Any throwable from one job is caught here: the
 * worker carries on with the next.
 */
@Component
public class JobWorker implements SmartLifecycle, Worker {
    private static final int SWEEP_LIMIT = 20;
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobStore store;
    private final Map<String, JobKind> kinds;
    private final Clock clock;
    private final JobsProperties settings;
    private final String owner = "jobs-" + UUID.randomUUID();
    private final KeyedWorker worker;
    private final PeriodicJobs housekeeping = new PeriodicJobs("jobs-housekeeping", log);
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    @Autowired
    JobWorker(MongoTemplate mongo, List<JobKind> kinds, Clock clock, JobsProperties settings) {
        this(new JobStore(mongo), kinds, clock, settings, null);
    }

    /** With {@code executor} set it runs there (a test's own thread) and needs no start. */
    JobWorker(JobStore store, List<JobKind> kinds, Clock clock, JobsProperties settings, Executor executor) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toMap(JobKind::kind, Function.identity()));
        this.clock = clock;
        this.settings = settings;
        this.worker = new KeyedWorker("jobs", log, executor);
    }

    @EventListener
    public void on(Jobs.Started started) {
        submit(started.id());
    }

    /** Takes up the jobs nobody is running; returns how many were queued. */
    public int sweep() {
        int queued = 0;
        for (String id : store.runnable(clock.instant(), SWEEP_LIMIT)) {
            if (submit(id)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean submit(String id) {
        return worker.submit(id, this::run);
    }

    /** Runs the job once under a lease, unless it is done or held elsewhere. */
    void run(String id) {
        Optional<JobStore.Job> claimed;
        try {
            claimed = store.claim(id, owner, clock.instant(), leaseEnd());
        } catch (RuntimeException e) {
            log.warn("job {}: could not take it; the next sweep tries again", id, e);
            return;
        }
        if (claimed.isEmpty()) {
            return;
        }
        JobStore.Job job = claimed.get();
        JobKind kind = kinds.get(job.kind());
        if (kind == null) {
            log.error("job {}: no kind {} in this version; left for one that has it", id, job.kind());
            store.release(id, owner);
            return;
        }
        held.add(id);
        try {
            kind.run(id, job.params());
            store.finish(id, owner, clock.instant(), null);
            log.info("job {} ({}): done", id, job.kind());
        } catch (Throwable e) {
            failed(job, kind, e);
        } finally {
            held.remove(id);
        }
    }

    private void failed(JobStore.Job job, JobKind kind, Throwable e) {
        try {
            if (job.attempts() < settings.attempts()) {
                log.warn("job {} ({}): attempt {} failed; the next sweep tries again", job.id(), job.kind(),
                        job.attempts(), e);
                store.release(job.id(), owner);
                return;
            }
            log.error("job {} ({}): failed {} times, given up", job.id(), job.kind(), job.attempts(), e);
            kind.gaveUp(job.id(), job.params());
            store.finish(job.id(), owner, clock.instant(), String.valueOf(e));
        } catch (RuntimeException again) {
            log.warn("job {}: could not record its failure; its lease runs out and it is tried again", job.id(), again);
        }
    }

    /** Moves on the lease of every job running here; returns how many were renewed. */
    int renewLeases() {
        int renewed = 0;
        for (String id : held) {
            if (store.renew(id, owner, leaseEnd())) {
                renewed++;
            } else if (held.contains(id)) {
                log.warn("job {}: its lease was lost (this instance stalled past it); another may run it too", id);
            }
        }
        return renewed;
    }

    /** Deletes finished jobs past the retention, in bounded batches; returns how many. */
    long purgeFinished() {
        Instant before = clock.instant().minus(settings.retention());
        long total = Purges.inBatches(settings.cleanupBatch(), batch -> store.purgeFinished(before, batch));
        if (total > 0) {
            log.info("jobs: deleted {} that ended more than {} ago", total, settings.retention());
        }
        return total;
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }

    @Override
    public synchronized void start() {
        if (worker.isRunning()) {
            return;
        }
        worker.start(settings.sweep(), this::sweep);
        Duration renew = settings.lease().dividedBy(3);
        housekeeping.every("lease renewal", renew, renew, this::renewLeases);
        housekeeping.every("cleanup", settings.cleanupInterval(), settings.cleanupInterval(), this::purgeFinished);
    }

    @Override
    public synchronized void stop() {
        worker.stop();
        housekeeping.stop();
    }

    @Override
    public synchronized boolean isRunning() {
        return worker.isRunning();
    }

    @Override
    public Map<String, Boolean> running() {
        Map<String, Boolean> running = new LinkedHashMap<>(worker.running());
        running.putAll(housekeeping.running());
        return running;
    }
}
