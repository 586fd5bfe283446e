package vn.chidoan.core.org.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.EventBus;
import vn.chidoan.core.testing.MutableClock;

/**
 * A fan-out hands every branch to its kind once, slice by slice; it resumes from its cursor after an
 * interruption, and a second worker neither moves it on while the first holds it nor doubles a slice
 * once it took over.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BranchFanoutTest {
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

    @Test
    void everyBranchIsHandedOnceSliceBySliceAndAReplayHandsNothingAgain() {
        events.register(worker());

        fanout.start("notice:1", "test", BRANCHES);
        fanout.start("notice:1", "test", BRANCHES);

        assertThat(kind.slices).containsExactly(BRANCHES.subList(0, 3), BRANCHES.subList(3, 6), BRANCHES.subList(6, 7));
        assertThat(fanout.progress("notice:1")).contains(new BranchFanout.Progress(7, 7, true));
    }

    @Test
    void theFirstSliceIsSmallSoSendingStartsAtOnceAndEachSliceAfterItDoublesUpToTheSliceSize() {
        List<UnitId> province = IntStream.range(0, 30).mapToObj(i -> new UnitId("p" + i)).toList();
        events.register(new FanoutWorker(new FanoutStore(mongo), List.of(kind), clock, FanoutProperties.defaults(),
                Runnable::run, 2, 8));

        fanout.start("notice:6", "test", province);

        assertThat(kind.slices).extracting(List::size).containsExactly(2, 2, 4, 8, 8, 6);
        assertThat(kind.delivered()).containsExactlyElementsOf(province);
    }

    @Test
    void aProvincesFanOutHandsItsFirstSliceOfTenBranchesAndGrowsToTheBulkSlice() {
        FanoutWorker app = new FanoutWorker(mongo, List.of(kind), clock, FanoutProperties.defaults());

        assertThat(app.sliceAt(0)).isEqualTo(BranchAudience.FIRST_SLICE).isEqualTo(10);
        assertThat(app.sliceAt(10)).isEqualTo(10);
        assertThat(app.sliceAt(160)).isEqualTo(160);
        assertThat(app.sliceAt(4_000)).isEqualTo(BranchAudience.SLICE);
    }

    @Test
    void aFanOutTakenOverAfterACrashGoesOnWithTheSlicesItsCursorCallsFor() {
        List<UnitId> province = IntStream.range(0, 16).mapToObj(i -> new UnitId("p" + i)).toList();
        FanoutStore store = new FanoutStore(mongo);
        store.create("notice:7", "test", province, clock.instant());
        FanoutStore.Job dead = store.claim(store.find("notice:7").orElseThrow(), "dead-instance",
                clock.instant(), 2).orElseThrow();
        store.advance(dead, 4, List.of(), clock.instant(), 4);

        new FanoutWorker(store, List.of(kind), clock, FanoutProperties.defaults(), Runnable::run, 2, 8).sweep();

        assertThat(kind.slices).extracting(List::size).containsExactly(4, 8);
    }

    @Test
    void theWorkerReadsBackOnlyTheSliceItHandsOverNotTheFanOutsWholeListOfBranches() {
        FanoutStore store = new FanoutStore(mongo);
        store.create("notice:8", "test", BRANCHES, clock.instant());

        FanoutStore.Job found = store.find("notice:8").orElseThrow();
        FanoutStore.Job claimed = store.claim(found, "me", clock.instant().plus(LEASE), 2).orElseThrow();
        FanoutStore.Job moved = store.advance(claimed, 2, List.of(), clock.instant().plus(LEASE), 4).orElseThrow();
        FanoutStore.Job last = store.advance(moved, 6, List.of(), clock.instant().plus(LEASE), 4).orElseThrow();

        assertThat(found.slice()).isEmpty();
        assertThat(claimed.slice()).containsExactlyElementsOf(BRANCHES.subList(0, 2));
        assertThat(moved.slice()).containsExactlyElementsOf(BRANCHES.subList(2, 6));
        assertThat(last.slice()).containsExactlyElementsOf(BRANCHES.subList(6, 7));
        assertThat(last.total()).isEqualTo(7);
    }

    @Test
    void aFailedSliceIsRetriedByTheNextSweepFromTheCursorAndTheSlicesBeforeItAreNotHandedAgain() {
        FanoutWorker worker = worker();
        events.register(worker);
        kind.during = first -> kind.during = second -> {
            throw new IllegalStateException("database gone");
        };

        fanout.start("notice:2", "test", BRANCHES);
        assertThat(fanout.progress("notice:2")).contains(new BranchFanout.Progress(3, 7, false));

        assertThat(worker.sweep()).isEqualTo(1);
        assertThat(kind.delivered()).containsExactlyElementsOf(BRANCHES);
        assertThat(fanout.progress("notice:2").orElseThrow().finished()).isTrue();
    }

    @Test
    void aSliceThatKeepsFailingIsHandedBranchByBranchAndTheFanOutEndsNamingTheBranchesLeftOut() {
        FanoutWorker worker = worker();
        events.register(worker);
        UnitId poisoned = BRANCHES.get(4);
        kind.during = new Consumer<>() {
            @Override
            public void accept(List<UnitId> slice) {
                kind.during = this;
                if (slice.contains(poisoned)) {
                    throw new StackOverflowError("a branch whose data breaks the post");
                }
            }
        };

        fanout.start("notice:5", "test", BRANCHES);
        assertThat(worker.sweep()).isEqualTo(1);
        assertThat(fanout.progress("notice:5")).contains(new BranchFanout.Progress(3, 7, false));
        assertThat(worker.sweep()).as("the third try of the slice").isEqualTo(1);

        assertThat(fanout.progress("notice:5")).contains(new BranchFanout.Progress(7, 7, true));
        assertThat(kind.delivered()).containsExactlyInAnyOrder(BRANCHES.stream().filter(b -> !b.equals(poisoned))
                .toArray(UnitId[]::new));
        assertThat(kind.finished).containsExactly(List.of(poisoned));
        assertThat(worker.sweep()).as("nothing is tried again").isZero();
    }

    @Test
    void aWorkerThatDiedMidWayIsTakenOverOnlyWhenItsLeaseRanOut() {
        FanoutStore store = new FanoutStore(mongo);
        store.create("notice:3", "test", BRANCHES, clock.instant());
        FanoutStore.Job dead = store.claim(store.find("notice:3").orElseThrow(), "dead-instance",
                clock.instant().plus(LEASE), 3).orElseThrow();
        store.advance(dead, 3, List.of(), clock.instant().plus(LEASE), 3);
        FanoutWorker survivor = worker();

        survivor.sweep();
        assertThat(kind.slices).as("the lease still runs").isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        survivor.sweep();
        assertThat(kind.delivered()).containsExactlyElementsOf(BRANCHES.subList(3, 7));
        assertThat(fanout.progress("notice:3").orElseThrow().finished()).isTrue();
    }

    @Test
    void aSecondWorkerLeavesAHeldFanOutAloneAndTheFirstStopsOnceTheSecondTookItOver() {
        FanoutWorker first = worker();
        FanoutWorker second = worker();
        events.register(first);
        kind.during = slice -> {
            second.run("notice:4");
            assertThat(kind.slices).as("the second worker left it to the first").isEmpty();
            clock.advance(LEASE.plus(Duration.ofSeconds(1)));
            kind.during = inner -> {
            };
            second.run("notice:4");
        };

        fanout.start("notice:4", "test", BRANCHES);

        assertThat(kind.delivered()).as("only the slice in flight when the lease ran out is handed twice")
                .containsExactlyElementsOf(concat(BRANCHES, BRANCHES.subList(0, 3)));
        assertThat(fanout.progress("notice:4").orElseThrow().finished()).isTrue();
    }

    private static List<UnitId> concat(List<UnitId> a, List<UnitId> b) {
        List<UnitId> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
