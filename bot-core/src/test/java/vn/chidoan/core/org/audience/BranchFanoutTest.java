package vn.chidoan.core.org.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * A fan-out hands every branch to its kind once, slice by slice: a small first slice so sending starts at
 * once, then doubling up to the slice size; the worker reads back only the slice it hands over.
 */
class BranchFanoutTest extends BranchFanoutScenarioTest {
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
}
