package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;

/** A lane's sleep between passes: up to a pause, or until something it waits for happened (a wake-up is never lost). */
final class Wakeup {
    private boolean woken;

    synchronized void wake() {
        woken = true;
        notifyAll();
    }

    /** Sleeps up to {@code pause} unless woken since the last call; false if interrupted. */
    synchronized boolean await(Duration pause) {
        try {
            if (!woken) {
                wait(Math.max(1, pause.toMillis()));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            woken = false;
        }
    }
}
