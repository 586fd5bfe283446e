package vn.chidoan.core.features.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice ({@link Comments#deliver}). A post deleted meanwhile has nothing left to send, nor one whose
 * poster may no longer post it (dismissed, or their data erased) when a slice's turn comes. When a post for
 * several branches has reached them all, its poster is told so, once (if they may still read it); when some
 * branches could not get it, the poster is told which, once.
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
    private final Organisation org;

    CommentFanout(Comments comments, PosterRights rights, Outbox outbox, Texts texts, Organisation org) {
        this.comments = comments;
        this.rights = rights;
        this.outbox = outbox;
        this.texts = texts;
        this.org = org;
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

    /**
     * A branch's own post that reached it needs no word: the reply to {@code /gopy} already said it is
     * posted. Branches left out are named, with what to do about them.
     */
    @Override
    public void finished(String cause, int branches, List<UnitId> leftOut) {
        if (branches < 2 && leftOut.isEmpty()) {
            return;
        }
        comments.post(number(cause)).filter(post -> post.posterAccount() != null)
                .ifPresent(post -> rights.poster(post).ifPresent(poster -> {
            ChatRef chat = post.posterAccount().privateChat();
            Map<String, Object> model = new HashMap<>(Map.of("number", post.number(), "title", post.title(),
                    "branches", branches));
            String template = "comment.post.reached";
            if (!leftOut.isEmpty()) {
                template = "comment.post.partly_reached";
                model.put("reached", branches - leftOut.size());
                model.put("leftOut", leftOut.stream().map(id -> org.unit(id).map(Unit::name).orElse(id.value()))
                        .collect(Collectors.joining(", ")));
            }
            outbox.enqueue(cause + ":reached", chat, OutgoingMessage.text(texts.render(template, poster.lang(), model)),
                    Priority.BULK);
        }));
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
