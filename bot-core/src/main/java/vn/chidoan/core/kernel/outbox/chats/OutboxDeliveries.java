package vn.chidoan.core.kernel.outbox.chats;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.Deliveries;

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
        return chats.canWrite(chat);
    }
}
