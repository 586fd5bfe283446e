package vn.chidoan.core.kernel.work;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
 * every {@link #SWEEP} whatever is unfinished and not held (recorded by an instance that died, or whose
 * lease of {@link #LEASE} ran out). A job that throws is let go and tried again by a later sweep, up to
 * {@link #ATTEMPTS} leases; then it is ended as failed and its kind tells whoever asked. Any throwable
 * from one job is caught here: the worker carries on with the next.
 */
@Component
public class JobWorker implements SmartLifecycle, Worker {
    static final Duration LEASE = Duration.ofMinutes(10);
    static final Duration SWEEP = Duration.ofSeconds(30);
    static final int ATTEMPTS = 3;
    private static final int SWEEP_LIMIT = 20;
    private static final Logger log = LoggerFactory.getLogger(JobWorker.class);

    private final JobStore store;
    private final Map<String, JobKind> kinds;
    private final Clock clock;
    private final String owner = "jobs-" + UUID.randomUUID();
    private final KeyedWorker worker;

    @Autowired
    JobWorker(MongoTemplate mongo, List<JobKind> kinds, Clock clock) {
        this(new JobStore(mongo), kinds, clock, null);
    }

    /** With {@code executor} set it runs there (a test's own thread) and needs no start. */
    JobWorker(JobStore store, List<JobKind> kinds, Clock clock, Executor executor) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toMap(JobKind::kind, Function.identity()));
        this.clock = clock;
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
            claimed = store.claim(id, owner, clock.instant(), clock.instant().plus(LEASE));
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
        try {
            kind.run(id, job.params());
            store.finish(id, owner, clock.instant(), null);
            log.info("job {} ({}): done", id, job.kind());
        } catch (Throwable e) {
            failed(job, kind, e);
        }
    }

    private void failed(JobStore.Job job, JobKind kind, Throwable e) {
        try {
            if (job.attempts() < ATTEMPTS) {
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

    @Override
    public void start() {
        worker.start(SWEEP, this::sweep);
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.isRunning();
    }

    @Override
    public Map<String, Boolean> running() {
        return worker.running();
    }
}
