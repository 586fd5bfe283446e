package vn.chidoan.core.org.audience;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.EventBus;
import vn.chidoan.core.testing.MutableClock;

/**
 * The fan-out tests, run on each database: seven branches, a kind that records every slice it is handed,
 * a fan-out over a fresh store and a worker that sweeps it at once.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
abstract class BranchFanoutScenarioTest {
    static final List<UnitId> BRANCHES = IntStream.range(0, 7).mapToObj(i -> new UnitId("b" + i)).toList();
    static final Duration LEASE = FanoutProperties.defaults().lease();

    @Parameter
    Database db;

    MongoTemplate mongo;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
    EventBus events = new EventBus();
    Kind kind = new Kind();
    BranchFanout fanout;

    /** Records every slice it is handed; {@code during} runs inside a delivery (a failure, another worker). */
    static final class Kind implements FanoutKind {
        final List<List<UnitId>> slices = new ArrayList<>();
        final List<List<UnitId>> finished = new ArrayList<>();
        Consumer<List<UnitId>> during = slice -> {
        };

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public void deliver(String cause, List<UnitId> branches) {
            Consumer<List<UnitId>> now = during;
            during = slice -> {
            };
            now.accept(branches);
            slices.add(List.copyOf(branches));
        }

        @Override
        public void finished(String cause, int branches, List<UnitId> leftOut) {
            finished.add(leftOut);
        }

        List<UnitId> delivered() {
            return slices.stream().flatMap(List::stream).toList();
        }
    }

    @BeforeEach
    void store() {
        mongo = db.freshTemplate();
        fanout = FanoutsForTests.over(mongo, clock, events);
    }

    FanoutWorker worker() {
        return new FanoutWorker(new FanoutStore(mongo), List.of(kind), clock, Runnable::run, 3);
    }

    static List<UnitId> concat(List<UnitId> a, List<UnitId> b) {
        List<UnitId> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
