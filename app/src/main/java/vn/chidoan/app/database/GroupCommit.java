package vn.chidoan.app.database;

import org.h2.mvstore.MVStore;
import vn.chidoan.core.kernel.durable.Durability;

/**
 * The embedded database's {@link Durability}. Its MVStore keeps changes in memory and writes them to
 * the file in the background about once a second, without forcing them to disk, so a crash would lose
 * the last moment of acknowledged writes. {@link #sync()} commits the store and forces the file
 * (fsync). Callers that arrive together share one commit: the first to find none running makes it for
 * everyone who has asked so far, and those who ask while it runs wait and share the next one. So a
 * flood of webhook calls costs a commit per group, not per call.
 */
final class GroupCommit implements Durability {
    private final MVStore store;
    private long asked;
    private long covered;
    private boolean committing;

    GroupCommit(MVStore store) {
        this.store = store;
    }

    @Override
    public void sync() {
        long upTo;
        synchronized (this) {
            long ticket = ++asked;
            while (committing && covered < ticket) {
                awaitCommit();
            }
            if (covered >= ticket) {
                return;
            }
            committing = true;
            upTo = asked;
        }
        boolean written = false;
        try {
            store.commit();
            store.sync();
            written = true;
        } finally {
            synchronized (this) {
                committing = false;
                if (written) {
                    covered = Math.max(covered, upTo);
                }
                notifyAll();
            }
        }
    }

    private void awaitCommit() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database to reach the disk", e);
        }
    }
}
