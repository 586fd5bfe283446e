package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.chidoan.core.kernel.outbox.Reasons;
import vn.chidoan.core.kernel.work.WorkerThreads;

/**
 * A lane's own thread: passes that start what may start on sending threads of the lane's own, a pause
 * between passes when nothing could start (a send that ends, or news of an entry, wakes it), and on the
 * way out a short wait for the sends in flight, so that their outcomes are recorded. Whatever a pass
 * throws is logged and the loop goes on.
 */
final class LaneLoop {
    private static final Logger log = LoggerFactory.getLogger(LaneLoop.class);
    private static final Duration LAST_SENDS = Duration.ofSeconds(5);

    /** What the loop asks of its lane. */
    interface Passes {
        /** Starts on {@code senders} what may start now; returns how many. */
        int startDue(ExecutorService senders);

        /** How long to pause when nothing started: until something may. */
        Duration pauseBeforeNextPass();
    }

    private LaneLoop() {
    }

    static void run(String platform, int threads, Passes lane, Wakeup wakeup, Duration afterFailure,
            BooleanSupplier running) {
        ExecutorService senders = Executors.newFixedThreadPool(threads,
                WorkerThreads.daemon("outbox-" + platform + "-send"));
        try {
            while (running.getAsBoolean()) {
                Duration pause;
                try {
                    pause = lane.startDue(senders) > 0 ? Duration.ZERO : lane.pauseBeforeNextPass();
                } catch (Throwable e) {
                    log.warn("outbox dispatch on {} failed, trying again shortly: {}", platform, Reasons.of(e), e);
                    pause = afterFailure;
                }
                if (!pause.isZero() && !wakeup.await(pause)) {
                    return;
                }
            }
        } finally {
            senders.shutdown();
            try {
                senders.awaitTermination(LAST_SENDS.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
