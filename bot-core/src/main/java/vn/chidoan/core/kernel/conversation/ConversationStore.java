package vn.chidoan.core.kernel.conversation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.chat.UserRef;

/**
 * Dialogue state in {@code conversations}, one document per (chat, user): the flow, its typed state
 * (a record written by the database's converter, with its class), the unit the dialogue is about and
 * the least role its speaker must keep there. Every change is a single conditional update on the
 * revision it read, so two messages never both move the same step. An ended dialogue stays as a
 * tombstone (inactive, expired) naming its last event, so a replay of that event is recognised;
 * cleanup removes it. {@code known} says the speaker was a known person when it started (no one
 * else's id is kept here).
 */
final class ConversationStore {
    static final String COLLECTION = "conversations";

    /**
     * A stored dialogue; {@code state} as stored (null in a dialogue stored before states were typed),
     * read into its flow's type by {@link #read}.
     */
    record Stored(String id, String flow, Document state, UnitId unit, Role minRole, boolean active, String rev,
            String lastEvent, Instant expiresAt, boolean known) {

        boolean liveAt(Instant now) {
            return active && expiresAt.isAfter(now);
        }
    }

    private final MongoTemplate mongo;
    private final MongoConverter converter;

    ConversationStore(MongoTemplate mongo) {
        this.mongo = mongo;
        this.converter = mongo.getConverter();
        mongo.indexOps(COLLECTION).createIndex(new Index("expiresAt", Sort.Direction.ASC));
    }

    static String id(ChatRef chat, UserRef user) {
        return chat.key() + "|" + user.key();
    }

    Optional<Stored> find(ChatRef chat, UserRef user) {
        return Optional.ofNullable(mongo.getCollection(COLLECTION).find(Filters.eq("_id", id(chat, user))).first())
                .map(ConversationStore::decode);
    }

    /** The stored state as its flow's type; empty when it no longer reads as one (a flow changed since). */
    <S> Optional<S> read(Stored stored, Class<S> type) {
        if (stored.state() == null) {
            return Optional.empty();
        }
        try {
            Object state = converter.read(type, stored.state());
            return type.isInstance(state) ? Optional.of(type.cast(state)) : Optional.empty();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Starts a dialogue, replacing whatever the speaker had in this chat. */
    void start(String id, String flow, Object state, UnitId unit, Role minRole, String event, Instant expiresAt,
            boolean known) {
        Document doc = new Document("_id", id).append("flow", flow).append("state", encode(state))
                .append("unit", unit == null ? null : unit.value()).append("minRole", minRole.name())
                .append("active", true).append("rev", newRev()).append("lastEvent", event)
                .append("expiresAt", Date.from(expiresAt)).append("known", known);
        mongo.getCollection(COLLECTION).replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }

    /** Moves the dialogue on (a null state stays where it is); false if someone else moved it since {@code seen}. */
    boolean advance(Stored seen, Object state, String event, Instant expiresAt) {
        Bson moved = Updates.combine(Updates.set("rev", newRev()), Updates.set("lastEvent", event),
                Updates.set("expiresAt", Date.from(expiresAt)));
        return changed(seen, state == null ? moved : Updates.combine(moved, Updates.set("state", encode(state))));
    }

    boolean end(Stored seen, String event, Instant now) {
        return changed(seen, Updates.combine(Updates.set("active", false), Updates.set("rev", newRev()),
                Updates.set("lastEvent", event), Updates.set("expiresAt", Date.from(now))));
    }

    /** Ends the live dialogue of this speaker, if any. */
    boolean cancel(ChatRef chat, UserRef user, Instant now) {
        return mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", id(chat, user)),
                Filters.eq("active", true), Filters.gt("expiresAt", Date.from(now))),
                Updates.combine(Updates.set("active", false), Updates.set("expiresAt", Date.from(now))))
                .getModifiedCount() > 0;
    }

    long purgeExpired(Instant now) {
        return mongo.getCollection(COLLECTION).deleteMany(Filters.lte("expiresAt", Date.from(now))).getDeletedCount();
    }

    private Document encode(Object state) {
        Document doc = new Document();
        converter.write(state, doc);
        return doc;
    }

    private boolean changed(Stored seen, Bson update) {
        return mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", seen.id()),
                Filters.eq("rev", seen.rev())), update).getModifiedCount() > 0;
    }

    private static Stored decode(Document doc) {
        String unit = doc.getString("unit");
        String minRole = doc.getString("minRole");
        Document state = doc.get("state") instanceof Document typed ? typed : null;
        return new Stored(doc.getString("_id"), doc.getString("flow"), state, unit == null ? null : new UnitId(unit),
                minRole == null ? Role.GUEST : Role.valueOf(minRole), Boolean.TRUE.equals(doc.getBoolean("active")),
                doc.getString("rev"), doc.getString("lastEvent"), doc.getDate("expiresAt").toInstant(),
                Boolean.TRUE.equals(doc.getBoolean("known")));
    }

    private static String newRev() {
        return new ObjectId().toHexString();
    }
}
