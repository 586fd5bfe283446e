package vn.chidoan.core.features.comment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.FanoutKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Fan-out kind {@code comment}: a post's cause ({@code comment:<number>}) reaches its branches slice by
 * slice ({@link Comments#deliver}). A post deleted meanwhile has nothing left to send. When a post for
 * several branches has reached them all, its poster is told so, once; when some branches could not get
 * it, the poster is told which, once.
 */
@Component
class CommentFanout implements FanoutKind {
    static final String KIND = "comment";
    private static final String PREFIX = "comment:";

    private final Comments comments;
    private final Members members;
    private final Outbox outbox;
    private final Texts texts;
    private final Organisation org;

    CommentFanout(Comments comments, Members members, Outbox outbox, Texts texts, Organisation org) {
        this.comments = comments;
        this.members = members;
        this.outbox = outbox;
        this.texts = texts;
        this.org = org;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String cause, List<UnitId> branches) {
        comments.post(number(cause)).ifPresent(post -> comments.deliver(post, branches));
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
        comments.post(number(cause)).ifPresent(post -> {
            ChatRef chat = post.posterAccount().privateChat();
            String lang = members.person(post.poster()).map(Person::lang).orElse(Texts.VIETNAMESE);
            Map<String, Object> model = new HashMap<>(Map.of("number", post.number(), "title", post.title(),
                    "branches", branches));
            String template = "comment.post.reached";
            if (!leftOut.isEmpty()) {
                template = "comment.post.partly_reached";
                model.put("reached", branches - leftOut.size());
                model.put("leftOut", leftOut.stream().map(id -> org.unit(id).map(Unit::name).orElse(id.value()))
                        .collect(Collectors.joining(", ")));
            }
            outbox.enqueue(cause + ":reached", chat, OutgoingMessage.text(texts.render(template, lang, model)),
                    Priority.BULK);
        });
    }

    private static long number(String cause) {
        return Long.parseLong(cause.substring(PREFIX.length()));
    }
}
