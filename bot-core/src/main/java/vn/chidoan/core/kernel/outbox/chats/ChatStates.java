package vn.chidoan.core.kernel.outbox.chats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.ChatRoutes;

/**
 * The {@code chat_reachability} collection: chats the platform said the bot cannot write to
 * (UNREACHABLE, with the reason) and chats that moved to a new id (MOVED, with the new id). A chat
 * with no record is reachable.
 */
@Component
public class ChatStates implements ChatRoutes {
    static final String COLLECTION = "chat_reachability";
    private static final String UNREACHABLE = "UNREACHABLE";
    private static final String MOVED = "MOVED";
    private static final int MAX_MOVES = 5;

    private final MongoTemplate mongo;

    public ChatStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** On every message enqueued: read straight from the driver's collection, without the template's mapping. */
    @Override
    public Route route(ChatRef chat) {
        ChatRef current = chat;
        for (int hop = 0; hop < MAX_MOVES; hop++) {
            Document state = mongo.getCollection(COLLECTION).find(new Document("_id", current.key())).first();
            if (state == null) {
                return new Route(current, null);
            }
            if (UNREACHABLE.equals(state.getString("state"))) {
                return new Route(current, state.getString("reason"));
            }
            current = ChatRef.parse(state.getString("movedTo"));
        }
        return new Route(current, null);
    }

    /**
     * The routes of many chats: one read by key for all of them; only a chat with a record (moved or
     * unreachable, which is rare) is then followed as {@link #route} does.
     */
    @Override
    public Map<ChatRef, Route> routes(Collection<ChatRef> chats) {
        Set<ChatRef> distinct = new LinkedHashSet<>(chats);
        Query known = new Query(where("_id").in(distinct.stream().map(ChatRef::key).toList()));
        known.fields().include("_id");
        Set<String> recorded = new HashSet<>();
        mongo.find(known, Document.class, COLLECTION).forEach(doc -> recorded.add(doc.getString("_id")));
        Map<ChatRef, Route> routes = new HashMap<>();
        for (ChatRef chat : distinct) {
            routes.put(chat, recorded.contains(chat.key()) ? route(chat) : new Route(chat, null));
        }
        return routes;
    }

    /** Records that the bot cannot reach {@code chat}; true if it was not known unreachable before. */
    boolean markUnreachable(ChatRef chat, String reason, Instant now) {
        Update update = new Update().set("state", UNREACHABLE).set("reason", reason).set("since", Date.from(now))
                .unset("movedTo");
        Document before = mongo.findAndModify(new Query(where("_id").is(chat.key())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        return before == null || !UNREACHABLE.equals(before.getString("state"));
    }

    /** Forgets that {@code chat} was unreachable (a move is kept: the old id stays gone). */
    void markReachable(ChatRef chat) {
        mongo.remove(new Query(where("_id").is(chat.key()).and("state").is(UNREACHABLE)), COLLECTION);
    }

    /** Records that {@code from} now lives under {@code to}; true if that was not known before. */
    boolean markMoved(ChatRef from, ChatRef to, Instant now) {
        Update update = new Update().set("state", MOVED).set("movedTo", to.key()).set("since", Date.from(now))
                .unset("reason");
        Document before = mongo.findAndModify(new Query(where("_id").is(from.key())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        return before == null || !MOVED.equals(before.getString("state"))
                || !to.key().equals(before.getString("movedTo"));
    }
}
