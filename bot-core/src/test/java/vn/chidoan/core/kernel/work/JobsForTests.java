package vn.chidoan.core.kernel.work;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Jobs for tests in other packages: a worker that runs each job on the given executor, with no start. */
public final class JobsForTests {
    private JobsForTests() {
    }

    /** A worker that runs a job as soon as it is recorded, on the thread that records it. */
    public static JobWorker atOnce(MongoTemplate mongo, Clock clock, List<JobKind> kinds) {
        return on(mongo, clock, kinds, Runnable::run);
    }

    public static JobWorker on(MongoTemplate mongo, Clock clock, List<JobKind> kinds, Executor executor) {
        return new JobWorker(new JobStore(mongo), kinds, clock, JobsProperties.defaults(), executor);
    }
}
