package vn.chidoan.core.features.comment;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice ({@link Comments#deliver}). A post deleted meanwhile has nothing left to send, nor one whose
 * poster may no longer post it (dismissed, or their data erased) when a slice's turn comes. When a post for
 * several branches has reached them all, its poster is told so, once (if they may still read it).
 */
@Component
class CommentFanout implements FanoutKind {
    static final String KIND = "comment";
    private static final String PREFIX = "comment:";
    private static final Logger log = LoggerFactory.getLogger(CommentFanout.class);

    private final Comments comments;
    private final PosterRights rights;
    private final Outbox outbox;
    private final Texts texts;

    CommentFanout(Comments comments, PosterRights rights, Outbox outbox, Texts texts) {
        this.comments = comments;
        this.rights = rights;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Each slice is sent on the poster's behalf: only while they may still post it ({@link PosterRights}). */
    @Override
    public void deliver(String cause, List<UnitId> branches) {
        comments.post(number(cause)).ifPresent(post -> rights.poster(post).ifPresentOrElse(
                poster -> comments.deliver(post, branches),
                () -> log.info("Post {} not sent to {} more branches: its poster may no longer post it",
                        post.number(), branches.size())));
    }

    /** A branch's own post needs no word: the reply to {@code /gopy} already said it is posted. */
    @Override
    public void finished(String cause, int branches) {
        if (branches < 2) {
            return;
        }
        comments.post(number(cause)).filter(post -> post.posterAccount() != null)
                .ifPresent(post -> rights.poster(post).ifPresent(poster -> {
            ChatRef chat = post.posterAccount().privateChat();
            outbox.enqueue(cause + ":reached", chat, OutgoingMessage.text(texts.render("comment.post.reached",
                    poster.lang(), Map.of("number", post.number(), "title", post.title(), "branches", branches))),
                    Priority.BULK);
        }));
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
