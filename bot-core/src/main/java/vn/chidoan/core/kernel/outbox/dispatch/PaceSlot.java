package vn.chidoan.core.kernel.outbox.dispatch;

import java.time.Duration;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * One started send. {@link #place} takes its place for its first call, {@link #calls} one for each
 * further call it makes (a long text in parts, a file and its text); {@link #sent()} once the
 * platform's calls returned (whatever it answered) counts them at that moment; {@link #close()} frees
 * its chat, and gives its places back uncounted if no call was made (another dispatcher had the
 * entry, it was held back, or the window had no room for all its calls).
 */
final class PaceSlot implements AutoCloseable {
    private final Pacer pacer;
    final ChatRef chat;
    final boolean paced;
    final int rank;
    final long order;
    final long startedAt = System.nanoTime();
    int calls = 1;
    boolean placed;
    boolean sent;
    private boolean closed;

    PaceSlot(Pacer pacer, ChatRef chat, boolean paced, int rank, long order) {
        this.pacer = pacer;
        this.chat = chat;
        this.paced = paced;
        this.rank = rank;
        this.order = order;
    }

    /**
     * Waits until the window has room for this send's first call, behind the sends of a better rank
     * or started earlier that wait too, at most {@code patience}, and takes it. Zero when it has it;
     * else no call may be made and it returns how long until there may be room.
     */
    Duration place(Duration patience) {
        return placed ? Duration.ZERO : pacer.place(this, patience);
    }

    /**
     * The send makes {@code total} calls: waits until the windows have room for the ones beyond the
     * first and takes them, at most {@code patience}. Returns zero when it has them all; else no call
     * may be made (none beyond the window's limit is ever made) and it returns how long until there
     * may be room, for the send to be tried again then. While it waits, the places it wants are
     * claimed: a new send may not start in them, or a busy window would never leave room for it.
     */
    Duration calls(int total, Duration patience) {
        int more = total - calls;
        if (more <= 0) {
            return Duration.ZERO;
        }
        pacer.claim(more);
        long waited = 0;
        while (true) {
            Duration wait = pacer.widen(this, more, pacer.now());
            if (wait.isZero()) {
                return Duration.ZERO;
            }
            long pause = Math.max(1, Math.min(wait.toMillis(), patience.toMillis() - waited));
            if (waited >= patience.toMillis() || !sleep(pause)) {
                pacer.claim(-more);
                return wait;
            }
            waited += pause;
        }
    }

    void sent() {
        if (placed && !sent && !closed) {
            sent = true;
            pacer.counted(this);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            pacer.closed(this);
        }
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
