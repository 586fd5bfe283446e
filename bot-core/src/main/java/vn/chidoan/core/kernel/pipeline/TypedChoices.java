package vn.chidoan.core.kernel.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/**
 * Choices answered by typing their number. Where a platform cannot show a message's choices as
 * buttons ({@link Capabilities#typedChoices}: more than Messenger's thirteen quick replies, or labels
 * too long), its adapter lists them numbered, in row order; when the next thing the person says in
 * that private chat is one of those numbers, it is a press on that choice's button.
 */
public interface TypedChoices {
    /** No choice is ever typed. */
    TypedChoices NONE = (eventKey, message) -> Optional.empty();

    /** The press a typed number stands for, or empty when the message is not such an answer. */
    Optional<Inbound.ButtonPressed> pressed(String eventKey, Inbound.MessageReceived message);

    /** Whether the message could answer numbered choices at all: a small number in a private chat there. */
    static boolean mayAnswer(Inbound.MessageReceived message) {
        return message.kind() == ChatKind.PRIVATE && message.text() != null
                && message.text().strip().matches("[1-9][0-9]?")
                && Capabilities.of(message.chat().platform()).mayListChoices();
    }

    /** The press {@code message} makes on {@code last}, the message the bot sent there before, if it listed its choices. */
    static Optional<Inbound.ButtonPressed> answer(String eventKey, Inbound.MessageReceived message,
            OutgoingMessage last) {
        if (!mayAnswer(message) || !Capabilities.of(message.chat().platform()).typedChoices(last.buttons())) {
            return Optional.empty();
        }
        int number = Integer.parseInt(message.text().strip());
        List<String> requests = last.buttons().stream().flatMap(List::stream).map(Button::data)
                .filter(Objects::nonNull).toList();
        return number > requests.size() ? Optional.empty()
                : Optional.of(new Inbound.ButtonPressed(message.chat(), message.kind(), message.from(),
                        requests.get(number - 1), message.messageId(), message.threadId(), "typed:" + eventKey));
    }
}
