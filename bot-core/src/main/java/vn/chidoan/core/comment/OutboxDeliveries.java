package vn.chidoan.core.comment;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.outbox.OutboxChats;

/** {@link Deliveries} as the outbox knows them. */
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
