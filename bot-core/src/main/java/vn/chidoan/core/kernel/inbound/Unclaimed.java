package vn.chidoan.core.kernel.inbound;

import java.util.function.Supplier;
import org.bson.Document;

/**
 * A handling that started without a claim (its event still PENDING, young, on the instance that
 * accepted it). If it runs long the housekeeping claims it on its behalf; the lane thread, when done,
 * closes it to learn at which rev to record the outcome, or that another worker took it over.
 */
final class Unclaimed {
    enum State {
        /** Never claimed: still PENDING at rev 0. */
        UNCLAIMED,
        /** Claimed on its behalf while it ran; the lease is this instance's. */
        CLAIMED,
        /** Another worker claimed it first. */
        LOST
    }

    private final Accepted event;
    private State state = State.UNCLAIMED;
    private long rev;
    private boolean closed;

    Unclaimed(Accepted event) {
        this.event = event;
    }

    Accepted event() {
        return event;
    }

    /** Claims it with {@code claim} unless already claimed or closed; true if it was claimed now. */
    synchronized boolean claim(Supplier<Document> claim) {
        if (closed || state != State.UNCLAIMED) {
            return false;
        }
        Document claimed = claim.get();
        if (claimed == null) {
            state = State.LOST;
            return false;
        }
        state = State.CLAIMED;
        rev = InboundStore.rev(claimed);
        return true;
    }

    /** The handling ended: no claim is made for it any more; returns how it stands. */
    synchronized State close() {
        closed = true;
        return state;
    }

    synchronized long rev() {
        return rev;
    }
}
