package vn.chidoan.core.org.member;

import java.util.List;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Port: lines other features add to {@code /toi} (branch and role, later attendance, fees and open
 * items), rendered in the caller's language.
 */
public interface ProfileSection {
    List<RichText> lines(PersonId person, Replies replies);

    /** Buttons under the profile for what the section offers to change, one row each; none by default. */
    default List<Button> buttons(PersonId person, Replies replies) {
        return List.of();
    }
}
