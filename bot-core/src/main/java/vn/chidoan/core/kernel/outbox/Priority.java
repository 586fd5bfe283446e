package vn.chidoan.core.kernel.outbox;

/**
 * How soon an entry goes out when several wait: interactive replies first (someone is looking at the
 * chat), then urgent bulk (a notice marked khẩn), then the rest of the bulk (posts, notices,
 * reminders). The rank is stored with each entry and orders the dispatcher's reads; an entry stored
 * by a version before {@link #URGENT} existed kept rank 1 for bulk, so until it is sent it goes out
 * with the urgent ones.
 */
public enum Priority {
    INTERACTIVE(0), URGENT(1), BULK(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** Lower goes first. */
    public int rank() {
        return rank;
    }
}
