package vn.chidoan.core.org.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.work.KeyedWorker;

/**
 * Moves fan-outs on ({@link BranchFanout}): takes one with a lease, hands its kind one slice of
 * branches after another and moves the cursor (renewing the lease) after each. Runs on its own
 * thread, off the inbound lanes; at start and every {@link #SWEEP} it takes up fan-outs whose worker
 * died (their lease ran out). A slice that fails lets go of the fan-out, and the next sweep tries again.
 */
@Component
public class FanoutWorker implements SmartLifecycle {
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration SWEEP = Duration.ofSeconds(30);
    private static final int SWEEP_LIMIT = 100;
    private static final Logger log = LoggerFactory.getLogger(FanoutWorker.class);

    private final FanoutStore store;
    private final Map<String, FanoutKind> kinds;
    private final Clock clock;
    private final int slice;
    private final String owner = "fanout-" + UUID.randomUUID();
    private final KeyedWorker worker;

    @Autowired
    FanoutWorker(MongoTemplate mongo, List<FanoutKind> kinds, Clock clock) {
        this(new FanoutStore(mongo), kinds, clock, null, BranchAudience.SLICE);
    }

    /** With {@code executor} set it runs there (a test's own thread) and needs no start. */
    FanoutWorker(FanoutStore store, List<FanoutKind> kinds, Clock clock, Executor executor, int slice) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toMap(FanoutKind::kind, Function.identity()));
        this.clock = clock;
        this.worker = new KeyedWorker("branch-fanout", SWEEP, executor);
        this.slice = slice;
    }

    @EventListener
    public void on(BranchFanout.Started started) {
        submit(started.cause());
    }

    /** Takes up fan-outs nobody is moving on (their worker died); returns how many were queued. */
    public int sweep() {
        int queued = 0;
        for (String cause : store.unfinished(SWEEP_LIMIT)) {
            if (submit(cause)) {
                queued++;
            }
        }
        return queued;
    }

    private boolean submit(String cause) {
        return worker.submit(cause, this::run);
    }

    /** Moves the fan-out on to its end, unless another worker holds it or it is done. */
    void run(String cause) {
        Optional<FanoutStore.Job> found = store.find(cause).filter(job -> !job.done() && !job.heldAt(clock.instant()));
        if (found.isEmpty()) {
            return;
        }
        FanoutKind kind = kinds.get(found.get().kind());
        if (kind == null) {
            log.error("fan-out {}: no kind {} in this version; left for one that has it", cause, found.get().kind());
            return;
        }
        Optional<FanoutStore.Job> job = store.claim(found.get(), owner, leaseEnd());
        while (job.isPresent()) {
            FanoutStore.Job now = job.get();
            if (now.next() >= now.total()) {
                kind.finished(cause, now.total());
                store.finish(now, clock.instant());
                log.info("fan-out {}: done, {} branches", cause, now.total());
                return;
            }
            List<UnitId> slice = now.slice(this.slice);
            try {
                kind.deliver(cause, slice);
            } catch (RuntimeException e) {
                log.warn("fan-out {}: branches {}..{} failed; the next sweep tries again", cause, now.next(),
                        now.next() + slice.size(), e);
                store.release(now);
                return;
            }
            job = store.advance(now, now.next() + slice.size(), leaseEnd());
        }
        log.info("fan-out {}: another worker took it over", cause);
    }

    private Instant leaseEnd() {
        return clock.instant().plus(LEASE);
    }

    @Override
    public void start() {
        worker.start(this::sweep);
    }

    @Override
    public void stop() {
        worker.stop();
    }

    @Override
    public boolean isRunning() {
        return worker.isRunning();
    }
}
