package vn.chidoan.core.kernel.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The clean-ups' bounded batches: a run deletes batch after batch until one deletes fewer than asked, and
 * stops after {@link Purges#MAX_BATCHES} however much is left, which the next run works off.
 */
class PurgesTest {

    /** Records waiting for deletion; each batch deletes at most what it is asked and says how many it did. */
    static final class Backlog {
        long left;
        final List<Integer> asked = new ArrayList<>();

        Backlog(long left) {
            this.left = left;
        }

        long deleteBatch(int batch) {
            asked.add(batch);
            long deleted = Math.min(batch, left);
            left -= deleted;
            return deleted;
        }
    }

    @Test
    void aRunStopsAtTheFirstBatchThatDeletesFewerThanAskedAndReturnsTheTotal() {
        Backlog backlog = new Backlog(250);

        long deleted = Purges.inBatches(100, backlog::deleteBatch);

        assertThat(deleted).isEqualTo(250);
        assertThat(backlog.asked).containsExactly(100, 100, 100);
        assertThat(backlog.left).isZero();
    }

    @Test
    void aFullLastBatchIsFollowedByOneThatFindsNothing() {
        Backlog backlog = new Backlog(200);

        assertThat(Purges.inBatches(100, backlog::deleteBatch)).isEqualTo(200);
        assertThat(backlog.asked).hasSize(3);
    }

    @Test
    void nothingToDeleteCostsOneBatch() {
        Backlog backlog = new Backlog(0);

        assertThat(Purges.inBatches(100, backlog::deleteBatch)).isZero();
        assertThat(backlog.asked).containsExactly(100);
    }

    @Test
    void aRunStopsAfterTheMostBatchesAndTheNextRunGoesOnWithTheRest() {
        Backlog backlog = new Backlog(Purges.MAX_BATCHES * 10L + 5);

        long first = Purges.inBatches(10, backlog::deleteBatch);

        assertThat(first).isEqualTo(Purges.MAX_BATCHES * 10L);
        assertThat(backlog.asked).hasSize(Purges.MAX_BATCHES);
        assertThat(backlog.left).isEqualTo(5);
        assertThat(Purges.inBatches(10, backlog::deleteBatch)).isEqualTo(5);
        assertThat(backlog.left).isZero();
    }
}
