package vn.chidoan.core.kernel.outbox;


/**
 * Where an outbox entry stands. PENDING and SENDING are on their way; DELIVERED, FAILED (with a
 * reason), HELD (until {@code OutboxChats.releaseHeld} or the person writes again) and FORWARDED are
 * where every entry ends. FORWARDED means another entry (named in {@code forwardedTo}) carries it: a
 * copy on the person's other platform, or the summary of messages held while they were away.
 */
public enum OutboxStatus {
    PENDING, SENDING, DELIVERED, FAILED, HELD, FORWARDED
}
