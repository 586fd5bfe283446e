package vn.chidoan.core.kernel.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.EventBus;
import vn.chidoan.core.testing.MutableClock;

/**
 * A job is a record before it is work: recorded by a process that dies before running it, it is run by
 * the next one up; run once it is done for good; held by a live worker, another leaves it alone until
 * the lease runs out, and a job longer than its lease stays held while it runs; one that fails is tried
 * again and, past its attempts, ends with the asker told; a finished job is kept for the retention.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class JobsTest {
    static final JobsProperties SETTINGS = JobsProperties.defaults();

    @Parameter
    Database db;

    MongoTemplate mongo;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
    EventBus events = new EventBus();
    Kind kind = new Kind();
    Jobs jobs;

    /** Records each run; throws while {@code failing} is above zero; {@code during} runs inside a run. */
    static final class Kind implements JobKind {
        final List<String> runs = new ArrayList<>();
        final List<String> toldGaveUp = new ArrayList<>();
        int failing;
        Runnable during = () -> {
        };

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public void run(String id, Map<String, String> params) {
            runs.add(id + ":" + params.get("unit"));
            Runnable now = during;
            during = () -> {
            };
            now.run();
            if (failing > 0) {
                failing--;
                throw new IllegalStateException("the database went away");
            }
        }

        @Override
        public void gaveUp(String id, Map<String, String> params) {
            toldGaveUp.add(id);
        }
    }

    @BeforeEach
    void store() {
        mongo = db.freshTemplate();
        jobs = new Jobs(new JobStore(mongo), events, clock);
    }

    JobWorker worker(Executor executor) {
        return JobsForTests.on(mongo, clock, List.of(kind), executor);
    }

    @Test
    void aJobRecordedByAProcessThatDiedIsRunByTheNextOneUpOnceAndAReplayRunsNothing() {
        events.register(worker(task -> {
        }));
        jobs.start("baocao:e1", "test", Map.of("unit", "tinh"));
        assertThat(kind.runs).as("the process died before its worker ran it").isEmpty();

        JobWorker next = worker(Runnable::run);
        assertThat(next.sweep()).isEqualTo(1);
        assertThat(next.sweep()).as("done for good").isZero();
        events.register(next);
        assertThat(jobs.start("baocao:e1", "test", Map.of("unit", "other"))).as("a replay of the command").isFalse();

        assertThat(kind.runs).containsExactly("baocao:e1:tinh");
        assertThat(stored("baocao:e1").get("doneAt")).isNotNull();
    }

    @Test
    void aJobHeldByALiveWorkerIsLeftAloneUntilItsLeaseRunsOut() {
        JobWorker first = worker(Runnable::run);
        JobWorker second = worker(Runnable::run);
        kind.during = () -> assertThat(second.sweep()).as("while the first runs it").isZero();
        events.register(first);

        jobs.start("baocao:e2", "test", Map.of("unit", "tinh"));
        assertThat(kind.runs).hasSize(1);

        assertThat(second.sweep()).as("done").isZero();
        assertThat(kind.runs).containsExactly("baocao:e2:tinh");
    }

    @Test
    void aStrandedLeaseIsTakenOverOnceItRunsOut() {
        JobStore store = new JobStore(mongo);
        store.create("baocao:e5", "test", Map.of("unit", "tinh"), clock.instant());
        store.claim("baocao:e5", "a worker that died", clock.instant(), clock.instant().plus(SETTINGS.lease()));
        JobWorker survivor = worker(Runnable::run);

        assertThat(survivor.sweep()).as("its lease still runs").isZero();
        clock.advance(SETTINGS.lease().plus(Duration.ofSeconds(1)));
        assertThat(survivor.sweep()).isEqualTo(1);

        assertThat(kind.runs).containsExactly("baocao:e5:tinh");
    }

    @Test
    void aFailingJobIsTriedAgainByTheNextSweepAndPastItsAttemptsTheAskerIsTold() {
        JobWorker worker = worker(Runnable::run);
        events.register(worker);
        kind.failing = 1;

        jobs.start("baocao:e6", "test", Map.of("unit", "tinh"));
        assertThat(stored("baocao:e6").get("doneAt")).as("let go for a later try").isNull();
        worker.sweep();
        assertThat(kind.runs).hasSize(2);
        assertThat(stored("baocao:e6").get("doneAt")).isNotNull();
        assertThat(kind.toldGaveUp).isEmpty();

        kind.failing = SETTINGS.attempts();
        jobs.start("baocao:e7", "test", Map.of("unit", "tinh"));
        worker.sweep();
        worker.sweep();
        worker.sweep();

        assertThat(kind.runs).filteredOn(r -> r.startsWith("baocao:e7")).hasSize(SETTINGS.attempts());
        assertThat(kind.toldGaveUp).containsExactly("baocao:e7");
        assertThat(stored("baocao:e7").getString("failure")).contains("the database went away");
    }

    @Test
    void aJobRunningLongerThanItsLeaseIsNotTakenByASecondInstance() {
        JobWorker first = worker(Runnable::run);
        JobWorker second = worker(Runnable::run);
        kind.during = () -> {
            for (int third = 1; third <= 6; third++) { // two leases long
                clock.advance(SETTINGS.lease().dividedBy(3));
                first.renewLeases(); // as its housekeeping does, every third of the lease
                second.run("baocao:e8");
                second.sweep();
            }
        };
        events.register(first);

        jobs.start("baocao:e8", "test", Map.of("unit", "tinh"));

        assertThat(kind.runs).as("run by the first instance only").containsExactly("baocao:e8:tinh");
        assertThat(stored("baocao:e8").get("doneAt")).isNotNull();
        assertThat(first.renewLeases()).as("nothing held once done").isZero();
    }

    @Test
    void finishedJobsAreDeletedOnceTheRetentionHasPassedAndUnfinishedOnesAreKept() {
        JobWorker worker = worker(Runnable::run);
        events.register(worker);
        jobs.start("baocao:old", "test", Map.of("unit", "tinh"));
        new JobStore(mongo).create("baocao:waiting", "other kind", Map.of(), clock.instant());
        clock.advance(SETTINGS.retention().minus(Duration.ofMinutes(1)));
        jobs.start("baocao:recent", "test", Map.of("unit", "tinh"));

        assertThat(worker.purgeFinished()).as("within the retention").isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(worker.purgeFinished()).isEqualTo(1);

        assertThat(stored("baocao:old")).isNull();
        assertThat(stored("baocao:recent")).isNotNull();
        assertThat(stored("baocao:waiting")).as("never run: kept").isNotNull();
        assertThat(jobs.start("baocao:recent", "test", Map.of())).as("still turns a replay away").isFalse();
    }

    private Document stored(String id) {
        return mongo.getCollection(JobStore.COLLECTION).find(new Document("_id", id)).first();
    }
}
