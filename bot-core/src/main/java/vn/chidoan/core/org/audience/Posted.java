package vn.chidoan.core.org.audience;

import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Something one person sent from a unit to its branches (a form, a poll, a post for comment): what
 * {@link PostedRights} works out who may do what with it from.
 */
public interface Posted {
    /** Who sent it; null once they erased their data. */
    PersonId creator();

    /** The account they sent it from (what is sent later on their behalf goes there); null then too. */
    UserRef creatorAccount();

    /** The unit it was made for: the committee's branch, or the officer's unit. */
    UnitId origin();

    /** Every branch it reached: only their members may answer it. */
    List<UnitId> branches();
}
