package vn.chidoan.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * An in-memory {@link Outbox} that keeps what it was given, in order, and like the real one stores a
 * key only once: a second message under the same key is refused and not recorded.
 */
public final class RecordingOutbox implements Outbox {

    /** A message the core asked to send. */
    public record Sent(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
        /** The text as a person reads it. */
        public String text() {
            return message.text().toPlainText();
        }

        public List<Button> buttons() {
            return message.buttons().stream().flatMap(List::stream).toList();
        }
    }

    /** The answer to a button press. */
    public record Answer(String key, ChatRef chat, String callbackId, String toast) {
    }

    private final Map<String, Object> byKey = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
        return byKey.putIfAbsent(key, new Sent(key, chat, message, priority)) == null;
    }

    @Override
    public synchronized boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
        return byKey.putIfAbsent(key, new Answer(key, chat, callbackId, toast)) == null;
    }

    /** Every message, in the order it was first enqueued. */
    public synchronized List<Sent> messages() {
        return of(Sent.class).toList();
    }

    public synchronized List<Sent> messagesTo(ChatRef chat) {
        return of(Sent.class).filter(s -> s.chat().equals(chat)).toList();
    }

    public synchronized List<Answer> answers() {
        return of(Answer.class).toList();
    }

    /** Everything (messages and answers) whose key starts with the prefix, such as {@code in:<event>:}. */
    public synchronized List<Object> withKeyPrefix(String prefix) {
        List<Object> found = new ArrayList<>();
        byKey.forEach((key, value) -> {
            if (key.startsWith(prefix)) {
                found.add(value);
            }
        });
        return found;
    }

    public synchronized int size() {
        return byKey.size();
    }

    private <T> Stream<T> of(Class<T> type) {
        return byKey.values().stream().filter(type::isInstance).map(type::cast);
    }
}
