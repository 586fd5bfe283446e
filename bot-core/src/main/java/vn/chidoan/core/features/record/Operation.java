package vn.chidoan.core.features.record;

import java.util.Locale;

/**
 * What happened to a member, as their history says it (template {@code record.history.<key>}): how they
 * came onto the roster, the operations on them, and the changes to their record.
 */
public enum Operation {
    ADMITTED, JOINED, REJOINED, CLAIMED, IMPORTED, UPDATED, TRANSFERRED_OUT, TRANSFERRED_IN, MATURED, REMOVED,
    STATUS, HONORARY, OUTSTANDING, REWARD, DISCIPLINE, GOALS, GOAL_DONE, CLASSIFIED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
