package vn.chidoan.core.kernel.pipeline;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Where a person's own business is answered: their private chat with the bot (a comment to write, a form
 * to fill, fees that name amounts). A press or command there answers there; one in a group answers in the
 * person's private chat when the bot can write to it, and otherwise the feature shows a deep link that
 * opens it ({@link #startLink}).
 */
@Component
public class PrivateChannel {
    private final Outbox outbox;
    private final Texts texts;
    private final Deliveries deliveries;
    private final List<DeepLinks> links;

    public PrivateChannel(Outbox outbox, Texts texts, Deliveries deliveries, List<DeepLinks> links) {
        this.outbox = outbox;
        this.texts = texts;
        this.deliveries = deliveries;
        this.links = List.copyOf(links);
    }

    /** Replies in the presser's private chat, if the bot can write there. */
    public Optional<Replies> of(ButtonContext ctx) {
        return of(ctx.caller(), ctx.press().kind(), ctx.replies());
    }

    /** Replies in the speaker's private chat, if the bot can write there. */
    public Optional<Replies> of(CommandContext ctx) {
        return of(ctx.caller(), ctx.message().kind(), ctx.replies());
    }

    /** Replies in the speaker's private chat, if the bot can write there: {@code replies} when already there. */
    public Optional<Replies> of(Caller caller, ChatKind where, Replies replies) {
        if (where == ChatKind.PRIVATE) {
            return Optional.of(replies);
        }
        ChatRef own = caller.user().privateChat();
        if (!caller.known() || !deliveries.reachable(own)) {
            return Optional.empty();
        }
        return Optional.of(new Replies(outbox, texts, replies.eventKey() + ":dm", own, null, replies.lang()));
    }

    /** A link that opens the private chat with {@code /start <payload>} on the platform, if it has them. */
    public Optional<String> startLink(Platform platform, String payload) {
        return links.stream().filter(l -> l.platform() == platform).findFirst().flatMap(l -> l.startLink(payload));
    }
}
