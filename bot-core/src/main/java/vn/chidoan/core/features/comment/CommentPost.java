package vn.chidoan.core.features.comment;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.audience.Posted;

/**
 * A plan, report or draft posted for comment. {@code number} is what people type
 * ({@code /gopy_ketqua 12}); {@code deadline} is null when comments stay open; {@code branches} are
 * every branch the post reached, and only their members may comment. Who may read its comments is
 * {@link vn.chidoan.core.org.audience.PostedRights#mayReadAll}: they are not split by branch.
 *
 * @param creator        who posted it (the poster); null once they erased their data
 * @param creatorAccount the account the poster wrote from: the summary goes to its private chat; null
 *                       once they erased their data
 * @param origin         the unit the post was made for (the BCH's branch, the officer's unit)
 * @param link           the unguessable token its deep link carries; null on posts made before there was one
 */
record CommentPost(long number, String title, String content, Attachment document, Instant deadline,
        boolean anonymous, PersonId creator, UserRef creatorAccount, UnitId origin, List<UnitId> branches,
        Instant createdAt, String link) implements Posted {

    public CommentPost {
        branches = List.copyOf(branches);
    }

    public boolean openAt(Instant now) {
        return deadline == null || now.isBefore(deadline);
    }

    /** Made for an officer's subtree, not for the one branch it went to: its results are rolled up per sub-unit. */
    boolean toSubtree() {
        return !branches.equals(List.of(origin));
    }

    /** The cause of the post's fan-out; its outbox keys are {@code comment:<number>:chat:<chat>}. */
    String cause() {
        return "comment:" + number;
    }
}
