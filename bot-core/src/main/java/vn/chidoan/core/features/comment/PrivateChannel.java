package vn.chidoan.core.features.comment;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Where a member writes a comment: their private chat with the bot. A press there answers there; a
 * press in the group answers in the presser's private chat when the bot can write to it, and
 * otherwise the group gets a deep link that opens it ({@link CommentStartLinks}).
 */
@Component
class PrivateChannel {
    private final Outbox outbox;
    private final Texts texts;
    private final Deliveries deliveries;
    private final List<DeepLinks> links;

    PrivateChannel(Outbox outbox, Texts texts, Deliveries deliveries, List<DeepLinks> links) {
        this.outbox = outbox;
        this.texts = texts;
        this.deliveries = deliveries;
        this.links = List.copyOf(links);
    }

    /** Replies in the presser's private chat, if the bot can write there. */
    Optional<Replies> of(ButtonContext ctx) {
        if (ctx.press().kind() == ChatKind.PRIVATE) {
            return Optional.of(ctx.replies());
        }
        ChatRef own = ctx.caller().user().privateChat();
        if (!ctx.caller().known() || !deliveries.reachable(own)) {
            return Optional.empty();
        }
        return Optional.of(new Replies(outbox, texts, ctx.replies().eventKey() + ":dm", own, null,
                ctx.replies().lang()));
    }

    /** A link that opens the private chat with {@code /start <payload>} on the platform, if it has them. */
    Optional<String> startLink(Platform platform, String payload) {
        return links.stream().filter(l -> l.platform() == platform).findFirst().flatMap(l -> l.startLink(payload));
    }
}
