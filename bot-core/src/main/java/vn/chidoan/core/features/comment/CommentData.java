package vn.chidoan.core.features.comment;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.personal.DataSubject;
import vn.chidoan.core.kernel.personal.PersonalData;

/**
 * What comments keep about a person: their comments (text, person, branch) and "no comment" answers
 * go with an erasure, and their posts stay for the branches they reached but by no one; a merge gives
 * all of them to the surviving record. A draft post is a dialogue, which the kernel forgets.
 */
@Component
class CommentData implements PersonalData {
    private final Comments comments;

    CommentData(Comments comments) {
        this.comments = comments;
    }

    @Override
    public void forget(DataSubject subject) {
        comments.store().forget(subject.person());
        comments.posts().forgetPoster(subject.person());
    }

    @Override
    public void move(PersonId from, PersonId into) {
        comments.store().move(from, into);
        comments.posts().movePoster(from, into);
    }
}
