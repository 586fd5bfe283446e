package vn.chidoan.core.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;

/**
 * A person who wrote in a private chat opens its messaging window before the handling (so the answers
 * go out), and what was held for them goes out after it ({@link OutboxChats#heardFrom},
 * {@link OutboxChats#deliverHeld}).
 */
@Component
class MessagingWindows implements InboundListener {
    private final OutboxChats chats;

    MessagingWindows(OutboxChats chats) {
        this.chats = chats;
    }

    @Override
    public void before(List<Inbound> events, Instant receivedAt) {
        spokenIn(events).forEach(chat -> chats.heardFrom(chat, receivedAt));
    }

    @Override
    public void after(List<Inbound> events) {
        spokenIn(events).forEach(chats::deliverHeld);
    }

    /** The private chats in which a person said something or pressed a button. */
    static List<ChatRef> spokenIn(List<Inbound> events) {
        return events.stream().filter(MessagingWindows::spoken).map(Inbound::chat).distinct().toList();
    }

    private static boolean spoken(Inbound event) {
        return (event instanceof Inbound.MessageReceived message && message.kind() == ChatKind.PRIVATE)
                || (event instanceof Inbound.ButtonPressed press && press.kind() == ChatKind.PRIVATE);
    }
}
