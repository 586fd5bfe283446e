package vn.chidoan.core.features.record;

import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * One operation a member's card offers (a button {@code hso:<key>:<branch>:<person>}, label
 * {@code record.op.<key>}): each part of the feature declares its own. The press is checked against
 * the presser's role on the member's branch now ({@link #least}), and the BCH acts only on members
 * below their own rank (an officer on anyone), before {@link #start} runs.
 */
public interface RecordOperation {
    int KEY_MAX = 8;

    /**
     * The word in the button's data, at most {@link #KEY_MAX} letters ({@code edit}, {@code move}, …): a
     * Telegram button carries 64 bytes, and the rest of the data is two ids of 25.
     */
    String key();

    /** The least role on the member's branch that may start it. */
    Role least();

    /** Where on the card it comes: lower first. */
    int order();

    /** Whether the card offers it for this member now (transfer only to an active member, say). */
    default boolean offered(RecordTarget target) {
        return true;
    }

    /** Whether the BCH may start it on their own record too (correcting their own details). */
    default boolean onSelf() {
        return false;
    }

    /** Starts it (a question, a dialogue, or the whole operation); the replies go where the card is. */
    void start(RecordTarget target, Replies replies);
}
