package vn.chidoan.core.features.comment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.StartPayloads;
import vn.chidoan.core.org.member.TokenPayload;

/**
 * {@code /start gy_<token>}: the deep link a group shows a member the bot cannot write to yet; it opens
 * their private chat ready to take a comment on that post, after the usual checks. The token is the
 * post's own random one, so links cannot be reached by counting; a post made before links had one is
 * still opened by {@code gy<number>}. Whoever may not answer the post learns nothing about it.
 */
@Component
class CommentStartLinks implements StartPayloads {
    private static final TokenPayload TOKEN = new TokenPayload("gy_", PostStore.LINK_LENGTH);
    private static final String NUMBER_PREFIX = "gy";

    private final Comments comments;
    private final Conversations conversations;

    CommentStartLinks(Comments comments, Conversations conversations) {
        this.comments = comments;
        this.conversations = conversations;
    }

    static String payload(CommentPost post) {
        return post.link() == null ? NUMBER_PREFIX + post.number() : TOKEN.of(post.link());
    }

    @Override
    public boolean recognises(String payload) {
        return TOKEN.matches(payload) || payload.matches(NUMBER_PREFIX + "\\d{1,12}");
    }

    @Override
    public void redeem(Caller caller, PersonId person, String payload, Replies replies) {
        Caller known = caller.as(person);
        CommentPost post = comments.answerable(linked(payload).orElseThrow(Comments::unavailable).number(), known);
        CommentFlow.begin(conversations, known, replies, post);
    }

    private Optional<CommentPost> linked(String payload) {
        if (TOKEN.matches(payload)) {
            return comments.byLink(TOKEN.token(payload));
        }
        return comments.post(Long.parseLong(payload.substring(NUMBER_PREFIX.length()))).filter(p -> p.link() == null);
    }
}
