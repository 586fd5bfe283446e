package vn.chidoan.app.database;

import de.bwaldvogel.mongo.backend.h2.NativeKeyH2Backend;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What H2's background writer did, done so that a commit never cuts a command in half: the embedded
 * store is opened with auto-commit disabled, and this thread commits it about once a second when it has
 * changes (through {@link NativeKeyH2Backend#commit()}, which waits for running commands) and, once a
 * minute, rewrites a bounded part of its least-filled chunks so the file does not only grow. Neither
 * forces the file to disk: that is {@link GroupCommit}'s, for what must survive a crash.
 */
final class Commits implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Commits.class);
    private static final long COMMIT_MS = 1_000;
    private static final long COMPACT_MS = 60_000;
    private static final int TARGET_FILL_PERCENT = 50;
    private static final int COMPACT_BYTES = 16 << 20;

    private final ScheduledExecutorService thread;

    private Commits(ScheduledExecutorService thread) {
        this.thread = thread;
    }

    static Commits start(NativeKeyH2Backend backend, MVStore store, String name) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread worker = new Thread(task, "embedded-commits-" + name);
            worker.setDaemon(true);
            return worker;
        });
        thread.scheduleWithFixedDelay(() -> guarded("commit", () -> {
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                backend.commit();
            }
        }), COMMIT_MS, COMMIT_MS, TimeUnit.MILLISECONDS);
        thread.scheduleWithFixedDelay(() -> guarded("compaction", () -> {
            if (!store.isClosed()) {
                backend.compact(TARGET_FILL_PERCENT, COMPACT_BYTES);
            }
        }), COMPACT_MS, COMPACT_MS, TimeUnit.MILLISECONDS);
        return new Commits(thread);
    }

    /** One failed round is logged and the next one runs: the thread must outlive any one failure. */
    private static void guarded(String what, Runnable round) {
        try {
            round.run();
        } catch (Throwable e) {
            log.warn("the embedded database's background {} failed; tried again at the next round", what, e);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
