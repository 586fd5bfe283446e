package vn.chidoan.core.features.comment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.CallerResolver;
import vn.chidoan.core.kernel.chat.Role;

/**
 * Who may see what a post gathered, worked out when it is sent: its poster while they still sit on the
 * committee of the post's unit (or lead it), an officer of that unit or one above, an admin. The
 * summary at the deadline asks for the poster as they are then, so it goes nowhere once they lost the
 * seat or erased their data.
 */
@Component
class PosterRights {
    private final CallerResolver callers;

    PosterRights(CallerResolver callers) {
        this.callers = callers;
    }

    /** The poster as they stand now on the post's unit, if they may still read its results. */
    Optional<Caller> poster(CommentPost post) {
        if (post.posterAccount() == null) {
            return Optional.empty(); // erased
        }
        Caller poster = callers.onBehalfOf(post.posterAccount(), post.origin());
        return poster.known() && poster.role().atLeast(Role.BCH) ? Optional.of(poster) : Optional.empty();
    }

    boolean mayRead(Caller caller, CommentPost post) {
        Caller there = callers.on(caller, post.origin());
        if (there.role().atLeast(Role.OFFICER)) {
            return true;
        }
        return caller.known() && caller.person().equals(post.poster()) && there.role().atLeast(Role.BCH);
    }
}
