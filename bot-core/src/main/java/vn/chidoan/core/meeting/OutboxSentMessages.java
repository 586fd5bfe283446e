package vn.chidoan.core.meeting;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.outbox.OutboxChats;

/** {@link SentMessages} read from the outbox's delivery records. */
@Component
class OutboxSentMessages implements SentMessages {
    private final OutboxChats chats;

    OutboxSentMessages(OutboxChats chats) {
        this.chats = chats;
    }

    @Override
    public Optional<String> idOf(String outboxKey) {
        return chats.deliveredMessageId(outboxKey);
    }
}
