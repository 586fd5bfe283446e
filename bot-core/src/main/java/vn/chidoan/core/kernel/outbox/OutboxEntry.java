package vn.chidoan.core.kernel.outbox;

import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/**
 * One message as a {@link PlatformSender} receives it. {@code kind} says whether it is a message or
 * the answer to a button press ({@code callbackId}, {@code toast}).
 */
public record OutboxEntry(String key, ChatRef chat, Kind kind, OutgoingMessage message, String callbackId,
        String toast, Priority priority, int attempts) {

    public enum Kind {
        MESSAGE, BUTTON_ANSWER
    }
}
