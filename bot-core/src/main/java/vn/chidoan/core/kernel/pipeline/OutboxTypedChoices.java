package vn.chidoan.core.kernel.pipeline;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;

/** {@link TypedChoices} read from the outbox: the message last delivered to the chat. */
@Component
class OutboxTypedChoices implements TypedChoices {
    private final OutboxChats chats;

    OutboxTypedChoices(OutboxChats chats) {
        this.chats = chats;
    }

    @Override
    public Optional<Inbound.ButtonPressed> pressed(String eventKey, Inbound.MessageReceived message) {
        if (!TypedChoices.mayAnswer(message)) {
            return Optional.empty();
        }
        return chats.lastDelivered(message.chat()).flatMap(last -> TypedChoices.answer(eventKey, message, last));
    }
}
