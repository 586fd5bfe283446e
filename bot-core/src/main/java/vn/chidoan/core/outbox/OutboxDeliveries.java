package vn.chidoan.core.outbox;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.ChatRef;

/** {@link Deliveries} as the outbox's records know them. */
@Component
class OutboxDeliveries implements Deliveries {
    private final OutboxChats chats;

    OutboxDeliveries(OutboxChats chats) {
        this.chats = chats;
    }

    @Override
    public Optional<String> messageId(String outboxKey) {
        return chats.deliveredMessageId(outboxKey);
    }

    @Override
    public boolean reachable(ChatRef chat) {
        return chats.isReachable(chat);
    }
}
