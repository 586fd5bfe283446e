package vn.chidoan.core.features.record.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.audience.BranchAudience;

/**
 * Tells the branch its evaluation is open, wherever {@code /danhgia_mo} was typed: the announcement goes to
 * every chat of the branch (its groups; on Messenger, which has none, each member's private chat) except the
 * one it was typed in, which gets it as the reply. Opened from a private chat, the secretary is told there
 * where it went, or that it reached no one and what to do. Keyed by the event: a replay sends nothing again.
 */
@Component
class OpeningAnnouncement {
    private final BranchAudience audience;
    private final Outbox outbox;
    private final Texts texts;

    OpeningAnnouncement(BranchAudience audience, Outbox outbox, Texts texts) {
        this.audience = audience;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** Announces {@code opening}; {@code inGroup}: typed in the branch's group, which the reply reaches. */
    void announce(Opening opening, Replies replies, boolean inGroup) {
        Map<String, Object> model = new HashMap<>(Map.of("year", opening.year(),
                "deadline", Formats.date(opening.deadline())));
        List<ChatRef> others = audience.chatsOf(opening.branch()).stream()
                .filter(chat -> !chat.equals(replies.chat())).toList();
        if (!others.isEmpty()) {
            String cause = "in:" + replies.eventKey() + ":opened";
            OutgoingMessage message = OutgoingMessage.text(texts.render("record.evaluation.opened",
                    Texts.VIETNAMESE, model));
            outbox.enqueueAll(others.stream().map(chat -> new Outbox.Envelope(BranchAudience.key(cause, chat), chat,
                    message, Priority.BULK)).toList());
        }
        if (inGroup) {
            replies.say("record.evaluation.opened", model);
            return;
        }
        long groups = others.stream().filter(OpeningAnnouncement::isGroup).count();
        long members = others.size() - groups;
        model.put("groups", groups > 0);
        model.put("members", members);
        model.put("toMembers", members > 0);
        model.put("nobody", others.isEmpty());
        replies.say("record.evaluation.opened_private", model);
    }

    /** A branch's chat on a platform with groups is one of its groups ({@link BranchAudience#chatsOf}). */
    private static boolean isGroup(ChatRef chat) {
        return Capabilities.of(chat.platform()).groups();
    }
}
