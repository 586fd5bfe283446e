package vn.chidoan.core.org.member;

import java.util.List;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * Port: where a person belongs (their branches and roles, the units they lead), in the caller's
 * language, so that the question a link code asks names the profile it would join.
 */
public interface Belonging {
    List<RichText> of(PersonId person, Replies replies);
}
