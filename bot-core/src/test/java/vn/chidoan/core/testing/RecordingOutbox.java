package vn.chidoan.core.testing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * An in-memory {@link Outbox} that keeps what it was given, in order, and like the real one stores a
 * key only once: a second message under the same key is refused and not recorded (but counted in
 * {@link #attempts()}). As {@link Deliveries}, every message it took counts as delivered, with the id
 * {@link #deliveredId}, and every chat is reachable unless a test says {@link #unreachable}.
 */
public final class RecordingOutbox implements Outbox, Deliveries {

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
    private final List<String> attempts = new ArrayList<>();
    private final Set<ChatRef> unreachable = new HashSet<>();
    private final Set<ChatRef> waiting = new HashSet<>();

    @Override
    public synchronized boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
        attempts.add(key);
        return byKey.putIfAbsent(key, new Sent(key, chat, message, priority)) == null;
    }

    @Override
    public synchronized boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
        attempts.add(key);
        return byKey.putIfAbsent(key, new Answer(key, chat, callbackId, toast)) == null;
    }

    /** The platform id a message stored under {@code key} is delivered with. */
    public static String deliveredId(String key) {
        return "posted:" + key;
    }

    @Override
    public synchronized Optional<String> messageId(String outboxKey) {
        return byKey.get(outboxKey) instanceof Sent ? Optional.of(deliveredId(outboxKey)) : Optional.empty();
    }

    @Override
    public synchronized boolean reachable(ChatRef chat) {
        return !unreachable.contains(chat);
    }

    /**
     * The messages under the prefix as the real outbox would have them once sent: delivered, except those
     * to a chat a test made {@link #unreachable}, which failed, and those to a chat it made {@link #slow},
     * which still wait.
     */
    @Override
    public synchronized Batch batch(String keyPrefix, int failuresShown) {
        List<Sent> batch = of(Sent.class).filter(s -> s.key().startsWith(keyPrefix)).toList();
        long waits = batch.stream().filter(s -> waiting.contains(s.chat())).count();
        List<Failure> failed = batch.stream().filter(s -> unreachable.contains(s.chat()))
                .map(s -> new Failure(s.chat(), "unreachable: Forbidden: bot was kicked from the group chat")).toList();
        return new Batch(waits, batch.size() - failed.size() - waits, 0, failed.size(),
                failed.subList(0, Math.min(failed.size(), Math.max(0, failuresShown))));
    }

    /** While {@code slow}, the messages to this chat count as waiting, as if its pace held them back. */
    public synchronized void slow(ChatRef chat, boolean slow) {
        if (slow) {
            waiting.add(chat);
        } else {
            waiting.remove(chat);
        }
    }

    /** From now on the bot may not write to this chat (the person blocked it, or never started it). */
    public synchronized void unreachable(ChatRef chat) {
        unreachable.add(chat);
    }

    /** Every message, in the order it was first enqueued. */
    public synchronized List<Sent> messages() {
        return of(Sent.class).toList();
    }

    public synchronized List<Sent> messagesTo(ChatRef chat) {
        return of(Sent.class).filter(s -> s.chat().equals(chat)).toList();
    }

    /** The keys of the messages stored, in order. */
    public synchronized List<String> keys() {
        return of(Sent.class).map(Sent::key).toList();
    }

    /** Every key written, messages and answers, including writes refused as duplicates. */
    public synchronized List<String> attempts() {
        return List.copyOf(attempts);
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

    /** Forgets everything, for the next test on a shared context. */
    synchronized void clear() {
        byKey.clear();
        attempts.clear();
        unreachable.clear();
        waiting.clear();
    }

    private <T> Stream<T> of(Class<T> type) {
        return byKey.values().stream().filter(type::isInstance).map(type::cast);
    }
}
