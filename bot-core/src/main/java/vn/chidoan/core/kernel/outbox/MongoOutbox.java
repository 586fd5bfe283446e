package vn.chidoan.core.kernel.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;

/**
 * The outbox on MongoDB: each message is one document whose {@code _id} is its key, so a second
 * enqueue with the same key stores nothing. A message for a chat known unreachable is recorded as
 * FAILED ({@code unreachable}) rather than dropped; one for a chat that moved goes to its new id.
 */
@Component
public class MongoOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(MongoOutbox.class);

    private final OutboxStore store;
    private final ChatRoutes chats;
    private final OutboxSignal signal;
    private final Clock clock;

    MongoOutbox(OutboxStore store, ChatRoutes chats, OutboxSignal signal, Clock clock) {
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

    /**
     * One read of the chats' states, one unordered bulk insert: keys already taken are skipped by the
     * unique {@code _id} (a replay, or another instance posting the same), the rest are stored.
     */
    @Override
    public int enqueueAll(List<Envelope> envelopes) {
        if (envelopes.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<ChatRef, ChatRoutes.Route> routes = chats.routes(envelopes.stream().map(Envelope::chat).toList());
        List<Document> entries = new ArrayList<>(envelopes.size());
        for (Envelope envelope : envelopes) {
            Objects.requireNonNull(envelope.message(), "message");
            entries.add(entry(envelope.key(), routes.get(envelope.chat()), OutboxEntry.Kind.MESSAGE,
                    envelope.message(), null, null, envelope.priority(), now));
        }
        List<Document> stored = store.insertAll(entries);
        for (Document entry : stored) {
            announce(entry);
        }
        return stored.size();
    }

    @Override
    public boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
        Objects.requireNonNull(callbackId, "callbackId");
        return store(key, chat, OutboxEntry.Kind.BUTTON_ANSWER, null, callbackId, toast, Priority.INTERACTIVE);
    }

    private boolean store(String key, ChatRef chat, OutboxEntry.Kind kind, OutgoingMessage message,
            String callbackId, String toast, Priority priority) {
        Objects.requireNonNull(chat, "chat");
        Document entry = entry(key, chats.route(chat), kind, message, callbackId, toast, priority, clock.instant());
        if (!store.insert(entry)) {
            return false;
        }
        announce(entry);
        return true;
    }

    /** A new entry on the chat's route: FAILED ({@code unreachable}) when the bot cannot write there. */
    private static Document entry(String key, ChatRoutes.Route route, OutboxEntry.Kind kind, OutgoingMessage message,
            String callbackId, String toast, Priority priority, Instant now) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("an outbox entry needs a key");
        }
        Objects.requireNonNull(priority, "priority");
        Document entry = OutboxCodec.newEntry(key, route.chat(), kind, message, callbackId, toast, priority, now);
        if (!route.reachable()) {
            entry.append(OutboxCodec.STATUS, OutboxStatus.FAILED.name())
                    .append(OutboxCodec.LAST_ERROR, "unreachable");
        }
        return entry;
    }

    /** Tells the dispatcher of a stored entry it may send, or logs why it will not be sent. */
    private void announce(Document entry) {
        ChatRef chat = ChatRef.parse(entry.getString(OutboxCodec.CHAT));
        if (OutboxStatus.PENDING.name().equals(entry.getString(OutboxCodec.STATUS))) {
            signal.enqueued(chat.platform(), Candidate.of(entry));
        } else {
            log.info("outbox {} for {} recorded as failed: the chat is unreachable", entry.getString(OutboxCodec.KEY),
                    chat.key());
        }
    }
}
