package vn.chidoan.core.kernel.outbox;

import java.util.List;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/**
 * Public API of the outbox. Writing the same key twice stores one message: callers derive keys from
 * what caused the message ({@code in:<event key>:<n>}, {@code notice:42:chat:-100123}), so a replay
 * or a second instance never sends it twice.
 */
public interface Outbox {

    /** Stores the message for delivery; returns false if a message with this key already exists. */
    boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority);

    /** One message to store: under {@code key}, for {@code chat}. */
    record Envelope(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
    }

    /**
     * Stores many messages at once, as {@link #enqueue} would one by one (a key already taken stores
     * nothing), but in one bulk write on the real outbox: a post to thousands of chats. Returns how
     * many were new.
     */
    default int enqueueAll(List<Envelope> envelopes) {
        int stored = 0;
        for (Envelope envelope : envelopes) {
            if (enqueue(envelope.key(), envelope.chat(), envelope.message(), envelope.priority())) {
                stored++;
            }
        }
        return stored;
    }

    /** Answers a button press (stops the client's spinner), optionally with a short toast text. */
    boolean answerButton(String key, ChatRef chat, String callbackId, String toast);
}
