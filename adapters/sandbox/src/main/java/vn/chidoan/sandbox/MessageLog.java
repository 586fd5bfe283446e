package vn.chidoan.sandbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@code sandbox_messages}: everything shown in the simulated chats, each write stamped with a
 * revision from one sequence. The page asks for what changed after the last revision it saw; writes
 * are serialised in this process, so a revision is never visible before a smaller one (the sandbox is
 * one local instance).
 */
final class MessageLog {
    static final String COLLECTION = "sandbox_messages";
    private static final int PAGE = 300;

    private final MongoTemplate mongo;
    private final Counters counters;
    private final Clock clock;
    private final ReentrantLock writes = new ReentrantLock();

    MessageLog(MongoTemplate mongo, Counters counters, Clock clock) {
        this.mongo = mongo;
        this.counters = counters;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("chat", Sort.Direction.ASC).on("rev", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("chat", Sort.Direction.ASC).on("messageId", Sort.Direction.ASC));
    }

    /** A message typed by a persona, and whether the bot was handed it; returns it as stored. */
    SandboxView.Message said(String chat, Persona from, String text, String replyTo, SandboxView.File file,
            boolean toBot) {
        return locked(() -> {
            String messageId = "m" + counters.next("message");
            Document doc = stamped(new Document("_id", "said:" + messageId), chat).append("messageId", messageId)
                    .append("from", from.id()).append("fromName", from.name()).append("text", text)
                    .append("replyTo", replyTo).append("file", MessageCodec.stored(file));
            if (!toBot) {
                doc.append("notForBot", true);
            }
            mongo.insert(doc, COLLECTION);
            return MessageCodec.view(doc);
        });
    }

    /** The id of the message already recorded under this outbox key, if it was sent before. */
    Optional<String> sentBefore(String key) {
        return Optional.ofNullable(mongo.findById(key, Document.class, COLLECTION)).map(d -> d.getString("messageId"));
    }

    /** A bot message under its outbox key; a second send of the same key returns the first message's id. */
    String sent(String key, String chat, MessageCodec.Content content) {
        return locked(() -> {
            Optional<String> earlier = sentBefore(key);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            String messageId = "m" + counters.next("message");
            mongo.insert(content.into(stamped(new Document("_id", key), chat).append("messageId", messageId)),
                    COLLECTION);
            return messageId;
        });
    }

    /** Replaces a bot message's content; false if the chat has no such message of the bot's. */
    boolean edited(String chat, String messageId, MessageCodec.Content content) {
        return locked(() -> {
            Query message = query(where("chat").is(chat).and("messageId").is(messageId).and("from").is(null));
            Update update = content.into(new Update().set("rev", counters.next("rev")).set("edited", true));
            return mongo.updateFirst(message, update, COLLECTION).getMatchedCount() > 0;
        });
    }

    /** The short answer to a button press, shown to the presser only. */
    void toast(String key, String chat, String persona, String text) {
        locked(() -> {
            if (mongo.findById(key, Document.class, COLLECTION) == null) {
                mongo.insert(stamped(new Document("_id", key), chat).append("toastFor", persona).append("toast", text),
                        COLLECTION);
            }
            return null;
        });
    }

    List<SandboxView.Message> after(String chat, long rev) {
        Query changed = query(where("chat").is(chat).and("rev").gt(rev)).with(Sort.by("rev")).limit(PAGE);
        return mongo.find(changed, Document.class, COLLECTION).stream().map(MessageCodec::view).toList();
    }

    Optional<SandboxView.Message> message(String chat, String messageId) {
        return Optional.ofNullable(mongo.findOne(query(where("chat").is(chat).and("messageId").is(messageId)),
                Document.class, COLLECTION)).map(MessageCodec::view);
    }

    /** The chat's last revision that the persona sees (another presser's toast is not theirs). */
    long lastRev(String chat, String persona) {
        Query last = query(where("chat").is(chat).orOperator(where("toastFor").is(null), where("toastFor").is(persona)))
                .with(Sort.by(Sort.Direction.DESC, "rev")).limit(1);
        last.fields().include("rev");
        Document doc = mongo.findOne(last, Document.class, COLLECTION);
        return doc == null ? 0 : ((Number) doc.get("rev")).longValue();
    }

    /** A new entry: its revision is also its place in the chat ({@code order}), which an edit keeps. */
    private Document stamped(Document doc, String chat) {
        long rev = counters.next("rev");
        return doc.append("chat", chat).append("rev", rev).append("order", rev).append("at", Date.from(clock.instant()));
    }

    private <T> T locked(Supplier<T> write) {
        writes.lock();
        try {
            return write.get();
        } finally {
            writes.unlock();
        }
    }
}
