package vn.chidoan.core.org.audience;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
import vn.chidoan.core.kernel.work.Worker;

/**
 * Moves fan-outs on ({@link BranchFanout}): takes one with a lease, hands its kind one slice of
 * branches after another and moves the cursor (renewing the lease) after each. Runs on its own
 * thread, off the inbound lanes; at start and every {@code sweep} it takes up fan-outs whose worker
 * died (their lease ran out). A slice that fails (whatever it throws) lets go of the fan-out, and the
 * next sweep tries again; after {@code sliceAttempts} failed tries its branches are handed one by one,
 * those that still fail are left out, and the fan-out goes on: it ends, and its kind learns which
 * branches did not get it. Nothing is retried forever and no branch holds up the others.
 */
@Component
public class FanoutWorker implements SmartLifecycle, Worker {
    private static final int SWEEP_LIMIT = 100;
    private static final Logger log = LoggerFactory.getLogger(FanoutWorker.class);

    private final FanoutStore store;
    private final Map<String, FanoutKind> kinds;
    private final Clock clock;
    private final FanoutProperties settings;
    private final int firstSlice;
    private final int slice;
    private final String owner = "fanout-" + UUID.randomUUID();
    private final KeyedWorker worker;

    @Autowired
    FanoutWorker(MongoTemplate mongo, List<FanoutKind> kinds, Clock clock, FanoutProperties settings) {
        this(new FanoutStore(mongo), kinds, clock, settings, null, settings.firstSlice(), BranchAudience.SLICE);
    }

    /** With {@code direct} set it runs there (a test's own thread) and needs no start; every slice {@code slice} branches. */
    FanoutWorker(FanoutStore store, List<FanoutKind> kinds, Clock clock, Executor direct, int slice) {
        this(store, kinds, clock, FanoutProperties.defaults(), direct, slice, slice);
    }

    /** Slices of {@code firstSlice} branches at first, growing to {@code slice} ({@link #sliceAt}). */
    FanoutWorker(FanoutStore store, List<FanoutKind> kinds, Clock clock, FanoutProperties settings, Executor direct,
            int firstSlice, int slice) {
        this.store = store;
        this.kinds = kinds.stream().collect(Collectors.toMap(FanoutKind::kind, Function.identity()));
        this.clock = clock;
        this.settings = settings;
        this.worker = new KeyedWorker("branch-fanout", log, direct);
        this.firstSlice = Math.min(firstSlice, slice);
        this.slice = slice;
    }

    @EventListener
    public void on(BranchFanout.Started started) {
        submit(started.cause());
    }

    /** Takes up fan-outs nobody is moving on (their worker died, or their slice failed); returns how many were queued. */
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
        Optional<FanoutStore.Job> job = store.claim(found.get(), owner, leaseEnd(), sliceAt(found.get().next()));
        while (job.isPresent()) {
            FanoutStore.Job now = job.get();
            if (now.next() >= now.total()) {
                kind.finished(cause, now.total(), now.failed());
                store.finish(now, clock.instant());
                log.info("fan-out {}: done, {} branches, {} left out", cause, now.total(), now.failed().size());
                return;
            }
            List<UnitId> branches = now.slice();
            Throwable failure = deliver(kind, cause, branches);
            List<UnitId> leftOut = List.of();
            if (failure != null) {
                int tries = now.failures() + 1;
                if (tries < settings.sliceAttempts()) {
                    log.warn("fan-out {}: branches {}..{} failed (try {} of {}); the next sweep tries again: {}",
                            cause, now.next(), now.next() + branches.size(), tries, settings.sliceAttempts(),
                            failure.toString(), failure);
                    store.failedAttempt(now);
                    return;
                }
                leftOut = oneByOne(kind, cause, branches);
                log.warn("fan-out {}: branches {}..{} failed {} times; handed one by one, {} did not get it: {}",
                        cause, now.next(), now.next() + branches.size(), tries, leftOut.size(), leftOut);
            }
            int next = now.next() + branches.size();
            job = store.advance(now, next, leftOut, leaseEnd(), sliceAt(next));
        }
        log.info("fan-out {}: another worker took it over", cause);
    }

    /**
     * How many branches the slice after the first {@code done} covers: as many as are done already,
     * between {@code firstSlice} and {@code slice}. The first slices are small so that the outbox has
     * something to send within moments of the command (a full slice of a province takes seconds to read
     * and store); they double until they reach the size whose few bulk reads carry the rest. Derived
     * from the cursor alone, so a fan-out taken over after a crash goes on with the same slices.
     */
    int sliceAt(int done) {
        return Math.max(firstSlice, Math.min(slice, done));
    }

    /** Hands the branches over one at a time; returns those that failed. */
    private List<UnitId> oneByOne(FanoutKind kind, String cause, List<UnitId> branches) {
        List<UnitId> failed = new ArrayList<>();
        for (UnitId branch : branches) {
            if (deliver(kind, cause, List.of(branch)) != null) {
                failed.add(branch);
            }
        }
        return failed;
    }

    private static Throwable deliver(FanoutKind kind, String cause, List<UnitId> branches) {
        try {
            kind.deliver(cause, branches);
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private Instant leaseEnd() {
        return clock.instant().plus(settings.lease());
    }

    @Override
    public void start() {
        worker.start(settings.sweep(), this::sweep);
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
