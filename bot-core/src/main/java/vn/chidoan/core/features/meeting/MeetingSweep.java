package vn.chidoan.core.features.meeting;

/**
 * Periodic meeting work that is due at a time kept in the database (an owed edit of counts, the next
 * rotation of a check-in code): each run takes what is due with a single-document claim, so it
 * survives a restart and two instances never do it twice.
 */
public interface MeetingSweep {
    void sweep();
}
