package vn.chidoan.core.kernel.conversation;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Dialogue state in {@code conversations}, one document per (chat, user). Every change is a single
 * conditional update on the revision it read, so two messages never both move the same step. An
 * ended dialogue stays as a tombstone (inactive, expired) naming its last event, so a replay of that
 * event is recognised; cleanup removes it. {@code known} says the speaker was a known person when it
 * started (no one else's id is kept here).
 */
final class ConversationStore {
    static final String COLLECTION = "conversations";

    record State(@Id String id, String flow, String step, Map<String, String> data, boolean active,
            String rev, String lastEvent, Instant expiresAt, boolean known) {

        boolean liveAt(Instant now) {
            return active && expiresAt.isAfter(now);
        }
    }

    private final MongoTemplate mongo;

    ConversationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("expiresAt", Sort.Direction.ASC));
    }

    static String id(ChatRef chat, UserRef user) {
        return chat.key() + "|" + user.key();
    }

    Optional<State> find(ChatRef chat, UserRef user) {
        return Optional.ofNullable(mongo.findById(id(chat, user), State.class, COLLECTION));
    }

    /** Starts a dialogue, replacing whatever the speaker had in this chat. */
    void start(String id, String flow, String step, Map<String, String> data, String event, Instant expiresAt,
            boolean known) {
        mongo.save(new State(id, flow, step, data, true, newRev(), event, expiresAt, known), COLLECTION);
    }

    /** Moves the dialogue on; false if someone else moved it since {@code seen} was read. */
    boolean advance(State seen, String step, Map<String, String> data, String event, Instant expiresAt) {
        Update update = new Update().set("step", step).set("data", data).set("rev", newRev())
                .set("lastEvent", event).set("expiresAt", expiresAt);
        return changed(seen, update);
    }

    boolean end(State seen, String event, Instant now) {
        return changed(seen, new Update().set("active", false).set("rev", newRev())
                .set("lastEvent", event).set("expiresAt", now));
    }

    /** Ends the live dialogue of this speaker, if any. */
    boolean cancel(ChatRef chat, UserRef user, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id(chat, user)).and("active").is(true)
                .and("expiresAt").gt(now)), new Update().set("active", false).set("expiresAt", now), COLLECTION)
                .getModifiedCount() > 0;
    }

    long purgeExpired(Instant now) {
        return mongo.remove(query(where("expiresAt").lte(now)), COLLECTION).getDeletedCount();
    }

    private boolean changed(State seen, Update update) {
        return mongo.updateFirst(query(where("_id").is(seen.id()).and("rev").is(seen.rev())), update, COLLECTION)
                .getModifiedCount() > 0;
    }

    private static String newRev() {
        return new ObjectId().toHexString();
    }
}
