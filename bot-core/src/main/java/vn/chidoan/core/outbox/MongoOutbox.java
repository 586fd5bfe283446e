package vn.chidoan.core.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.OutgoingMessage;

/**
 * The outbox on MongoDB: each message is one document whose {@code _id} is its key, so a second
 * enqueue with the same key stores nothing. A message for a chat known unreachable is recorded as
 * FAILED ({@code unreachable}) rather than dropped; one for a chat that moved goes to its new id.
 */
@Component
public class MongoOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(MongoOutbox.class);

    private final OutboxStore store;
    private final OutboxChats chats;
    private final OutboxSignal signal;
    private final Clock clock;

    MongoOutbox(OutboxStore store, OutboxChats chats, OutboxSignal signal, Clock clock) {
        this.store = store;
        this.chats = chats;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
        Objects.requireNonNull(message, "message");
        return store(key, chat, OutboxEntry.Kind.MESSAGE, message, null, null, priority);
    }

    @Override
    public boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
        Objects.requireNonNull(callbackId, "callbackId");
        return store(key, chat, OutboxEntry.Kind.BUTTON_ANSWER, null, callbackId, toast, Priority.INTERACTIVE);
    }

    private boolean store(String key, ChatRef chat, OutboxEntry.Kind kind, OutgoingMessage message,
            String callbackId, String toast, Priority priority) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an outbox entry needs a key");
        }
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(priority, "priority");
        Instant now = clock.instant();
        ChatStates.Route route = chats.route(chat);
        Document entry = OutboxCodec.newEntry(key, route.chat(), kind, message, callbackId, toast, priority, now);
        if (!route.reachable()) {
            entry.append(OutboxCodec.STATUS, OutboxStatus.FAILED.name()).append(OutboxCodec.LAST_ERROR, "unreachable");
        }
        if (!store.insert(entry)) {
            return false;
        }
        if (route.reachable()) {
            signal.enqueued(route.chat().platform(), Candidate.of(entry));
        } else {
            log.info("outbox {} for {} recorded as failed: the chat is unreachable ({})", key, chat.key(),
                    route.unreachable());
        }
        return true;
    }
}
