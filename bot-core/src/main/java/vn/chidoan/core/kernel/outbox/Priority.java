package vn.chidoan.core.kernel.outbox;

/**
 * How soon an entry goes out when several wait: interactive replies first (someone asked and waits for
 * the answer), then progress that someone watches (a broadcast's count, edited in place: the next one
 * supersedes it, so a reply to the same person goes ahead of it), then urgent bulk (a notice marked
 * khẩn), then the rest of the bulk (posts, notices, reminders). The rank is stored with each entry and
 * orders the dispatcher's reads; the priority's name is stored too and is what an entry is read back
 * as. Ranks stored by an older version order differently until those entries are sent: rank 1 (urgent,
 * or bulk before {@link #URGENT} existed) goes with the progress messages, rank 2 (bulk) with the urgent
 * ones.
 */
public enum Priority {
    INTERACTIVE(0), PROGRESS(1), URGENT(2), BULK(3);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** Lower goes first. */
    public int rank() {
        return rank;
    }
}
