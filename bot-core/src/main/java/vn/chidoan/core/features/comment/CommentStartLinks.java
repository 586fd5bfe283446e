package vn.chidoan.core.features.comment;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /start gy<post>}: the deep link a group shows a member the bot cannot write to yet; it opens
 * their private chat ready to take a comment on that post, after the usual checks.
 */
@Component
class CommentStartLinks implements StartPayloads {
    private static final String PREFIX = "gy";

    private final Comments comments;
    private final Conversations conversations;

    CommentStartLinks(Comments comments, Conversations conversations) {
        this.comments = comments;
        this.conversations = conversations;
    }

    static String payload(long post) {
        return PREFIX + post;
    }

    @Override
    public boolean recognises(String payload) {
        return payload.matches(PREFIX + "\\d{1,12}");
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Caller known = new Caller(person, caller.speaker(), caller.lang(), caller.unit(), caller.role(),
                caller.officerOf(), caller.admin());
        CommentPost post = comments.answerable(Long.parseLong(payload.substring(PREFIX.length())), known);
        CommentFlow.begin(conversations, known, replies, post);
    }
}
