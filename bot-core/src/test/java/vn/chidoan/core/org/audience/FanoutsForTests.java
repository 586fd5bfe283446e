package vn.chidoan.core.org.audience;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Fan-outs for tests in other packages: {@link BranchFanout} over a database, and a worker that runs
 * each fan-out to its end on the publishing thread, so a test sees it done when the command returns.
 */
public final class FanoutsForTests {
    private FanoutsForTests() {
    }

    public static BranchFanout over(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
        return new BranchFanout(new FanoutStore(mongo), events, clock);
    }

    /** A worker that runs fan-outs of these kinds at once, {@code slice} branches at a time; it needs no start. */
    public static FanoutWorker atOnce(MongoTemplate mongo, Clock clock, List<FanoutKind> kinds, int slice) {
        return new FanoutWorker(new FanoutStore(mongo), kinds, clock, Runnable::run, slice);
    }
}
