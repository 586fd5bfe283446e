package vn.chidoan.core.kernel.work;

import java.util.function.IntToLongFunction;

/**
 * Deleting what is past its retention in bounded batches: a clean-up never holds the database for long,
 * and one run stops after {@value #MAX_BATCHES} batches (the next run goes on), so a backlog after a long
 * stop is worked off in steps.
 */
public final class Purges {
    public static final int MAX_BATCHES = 100;

    private Purges() {
    }

    /** Calls {@code deleteBatch} with {@code batch} until it deletes fewer; returns how many it deleted in all. */
    public static long inBatches(int batch, IntToLongFunction deleteBatch) {
        long total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            long deleted = deleteBatch.applyAsLong(batch);
            total += deleted;
            if (deleted < batch) {
                break;
            }
        }
        return total;
    }
}
