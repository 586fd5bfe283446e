package vn.chidoan.core.org.audience;

import java.util.List;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * Port: what a feature posts to many branches through {@link BranchFanout} (a comment post, a notice).
 * The fan-out hands it the branches slice by slice; after a crash, or when a second instance takes over
 * a stalled fan-out, a slice may be handed again, so {@link #deliver} must be idempotent: outbox keys
 * derived from the cause ({@link BranchAudience#post}), {@code Reminders.save} (saving the same
 * reminder again changes nothing).
 */
public interface FanoutKind {

    /** The kind's key, stored with each fan-out: lowercase, stable across releases. */
    String kind();

    /** Posts {@code cause} to these branches (a slice of the fan-out's, in order). */
    void deliver(String cause, List<UnitId> branches);

    /**
     * Every branch has been handed over, but for {@code leftOut}: those whose slice kept failing, then
     * failed again one by one (empty when all got it). Called before the fan-out is recorded finished,
     * so it may be called again after a crash: tell anyone through an outbox key of the cause's.
     */
    default void finished(String cause, int branches, List<UnitId> leftOut) {
    }
}
