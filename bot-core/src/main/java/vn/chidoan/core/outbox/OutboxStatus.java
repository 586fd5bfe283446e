package vn.chidoan.core.outbox;

/**
 * Where an outbox entry stands. PENDING and SENDING are on their way; DELIVERED, FAILED (with a
 * reason) and HELD (until {@link OutboxChats#releaseHeld}) are where every entry ends.
 */
public enum OutboxStatus {
    PENDING, SENDING, DELIVERED, FAILED, HELD
}
