package vn.chidoan.core.org.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A fan-out resumes from its cursor after an interruption or a failed slice, hands a slice that keeps
 * failing branch by branch and names those left out, and a second worker neither moves it on while the
 * first holds it nor doubles a slice once it took over.
 */
class FanoutRecoveryTest extends BranchFanoutScenarioTest {
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
}
