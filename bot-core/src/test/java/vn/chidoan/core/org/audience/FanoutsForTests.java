package vn.chidoan.core.org.audience;

import java.time.Clock;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.EventBus;

/**
 * Fan-outs for features' tests in other packages: {@link BranchFanout} over a database, and a worker
 * that runs each fan-out to its end on the publishing thread, so a test sees it done when the command
 * returns.
 */
public final class FanoutsForTests {
    private FanoutsForTests() {
    }

    public static BranchFanout over(MongoTemplate mongo, Clock clock, EventBus events) {
        return new BranchFanout(new FanoutStore(mongo), events, clock);
    }

    /** Registers, on {@code events}, a worker that runs fan-outs of these kinds at once. */
    public static FanoutWorker runAtOnce(MongoTemplate mongo, Clock clock, EventBus events, List<FanoutKind> kinds) {
        return runAtOnce(mongo, clock, events, kinds, BranchAudience.SLICE);
    }

    /** As above, {@code slice} branches at a time. */
    public static FanoutWorker runAtOnce(MongoTemplate mongo, Clock clock, EventBus events, List<FanoutKind> kinds,
            int slice) {
        FanoutWorker worker = new FanoutWorker(new FanoutStore(mongo), kinds, clock, Runnable::run, slice);
        events.register(worker);
        return worker;
    }
}
