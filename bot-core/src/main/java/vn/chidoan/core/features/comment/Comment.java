package vn.chidoan.core.features.comment;

import java.time.Instant;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One comment on a post, numbered from 1 per post in the order they came; a member may write several.
 * Its text is kept whole however long; only display splits it.
 */
record Comment(long post, int number, PersonId person, UnitId branch, String text, Instant at, Instant editedAt,
        boolean withdrawn) {
}
