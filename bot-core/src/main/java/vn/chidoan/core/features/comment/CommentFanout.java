package vn.chidoan.core.features.comment;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice ({@link Comments#deliver}). A post deleted meanwhile has nothing left to send. When a post for
 * several branches has reached them all, its poster is told so, once.
 */
@Component
class CommentFanout implements FanoutKind {
    static final String KIND = "comment";
    private static final String PREFIX = "comment:";

    private final Comments comments;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;

    CommentFanout(Comments comments, Members members, Outbox outbox, Texts texts) {
        this.comments = comments;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        comments.post(number(cause)).ifPresent(post -> comments.deliver(post, branches));
    }

    /** A branch's own post needs no word: the reply to {@code /gopy} already said it is posted. */
    @Override
    public void finished(String cause, int branches) {
        if (branches < 2) {
            return;
        }
        comments.post(number(cause)).filter(post -> post.posterAccount() != null).ifPresent(post -> {
            ChatRef chat = post.posterAccount().privateChat();
            String lang = members.person(post.poster()).map(Person::lang).orElse(Texts.VIETNAMESE);
            outbox.enqueue(cause + ":reached", chat, OutgoingMessage.text(texts.render("comment.post.reached", lang,
                    Map.of("number", post.number(), "title", post.title(), "branches", branches))), Priority.BULK);
        });
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
