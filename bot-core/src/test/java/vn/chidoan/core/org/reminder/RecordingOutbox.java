package vn.chidoan.core.org.reminder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * An outbox that keeps what it is given, idempotent by key like the real one: a key written twice
 * stores one message. {@link #attempts()} also counts the rejected second writes.
 */
public class RecordingOutbox implements Outbox {

    public record Message(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
    }

    private final Map<String, Message> byKey = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Message> accepted = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> attempts = new ConcurrentLinkedQueue<>();

    @Override
    public boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
        attempts.add(key);
        Message stored = new Message(key, chat, message, priority);
        if (byKey.putIfAbsent(key, stored) != null) {
            return false;
        }
        accepted.add(stored);
        return true;
    }

    @Override
    public boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
        attempts.add(key);
        return byKey.putIfAbsent(key, new Message(key, chat, null, Priority.INTERACTIVE)) == null;
    }

    /** Messages stored, in the order they were accepted. */
    public List<Message> messages() {
        return List.copyOf(accepted);
    }

    public List<String> keys() {
        return accepted.stream().map(Message::key).toList();
    }

    /** Every key written, including writes refused as duplicates. */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }
}
