package vn.chidoan.core.kernel.outbox.chats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
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
 * The {@code chat_reachability} collection, the one record of whether the bot can write to a chat:
 * REACHABLE (the platform showed it may: the person wrote, started or unblocked the bot; the bot was
 * added to the group), UNREACHABLE with the reason (a 403, the bot removed or blocked), MOVED with the
 * new id (a group upgraded). A chat with no record is unknown, and a message for it is tried.
 *
 * <p>While a thread handles one inbound event ({@link #whileHandling}) a chat's state is read at most
 * once: the pipeline marks the chat heard, then each answer's route asks again within the same few
 * milliseconds, and the second read was a database round trip per update saying what the first said.
 * What this class writes in the meantime replaces what was read; nothing is kept past the handling,
 * so what another thread or instance records is seen by the next event, as before (a state read is a
 * snapshot either way: a 403 recorded just after the read was always possible, and is handled by the
 * send that meets it).
 */
@Component
public class ChatStates implements ChatRoutes {
    static final String COLLECTION = "chat_reachability";
    private static final String STATE = "state";
    private static final String REACHABLE = "REACHABLE";
    private static final String UNREACHABLE = "UNREACHABLE";
    private static final String MOVED = "MOVED";
    private static final int MAX_MOVES = 5;

    private final MongoTemplate mongo;
    /** The states read or written by this thread in the handling under way; null outside one. */
    private final ThreadLocal<Map<String, Optional<Document>>> handling = new ThreadLocal<>();

    public ChatStates(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Runs the handling of one inbound event, in which a chat's state is read from the database once. */
    public void whileHandling(Runnable work) {
        if (handling.get() != null) {
            work.run();
            return;
        }
        handling.set(new HashMap<>());
        try {
            work.run();
        } finally {
            handling.remove();
        }
    }

    /** The chat's record: once per handling from the database, then as this handling last saw or wrote it. */
    private Document state(String key) {
        Map<String, Optional<Document>> seen = handling.get();
        Optional<Document> known = seen == null ? null : seen.get(key);
        if (known != null) {
            return known.orElse(null);
        }
        Document state = mongo.getCollection(COLLECTION).find(Filters.eq("_id", key)).first();
        remember(key, state);
        return state;
    }

    private void remember(String key, Document state) {
        Map<String, Optional<Document>> seen = handling.get();
        if (seen != null) {
            seen.put(key, Optional.ofNullable(state));
        }
    }

    /** Something else was written for {@code key}: the next read in this handling goes to the database. */
    private void changed(String key) {
        Map<String, Optional<Document>> seen = handling.get();
        if (seen != null) {
            seen.remove(key);
        }
    }

    /** On every message enqueued: read straight from the driver's collection, without the template's mapping. */
    @Override
    public Route route(ChatRef chat) {
        ChatRef current = chat;
        for (int hop = 0; hop < MAX_MOVES; hop++) {
            Document state = state(current.key());
            if (!moved(state)) {
                return routeOf(current, state);
            }
            current = ChatRef.parse(state.getString("movedTo"));
        }
        return new Route(current, null, false);
    }

    /** The routes of many chats: one read by key for all of them; only a chat that moved (rare) is then followed. */
    @Override
    public Map<ChatRef, Route> routes(Collection<ChatRef> chats) {
        Set<ChatRef> distinct = new LinkedHashSet<>(chats);
        Map<String, Document> recorded = new HashMap<>();
        mongo.getCollection(COLLECTION).find(Filters.in("_id", distinct.stream().map(ChatRef::key).toList()))
                .forEach(doc -> recorded.put(doc.getString("_id"), doc));
        Map<ChatRef, Route> routes = new HashMap<>();
        for (ChatRef chat : distinct) {
            Document state = recorded.get(chat.key());
            routes.put(chat, moved(state) ? route(chat) : routeOf(chat, state));
        }
        return routes;
    }

    private static boolean moved(Document state) {
        return state != null && MOVED.equals(state.getString(STATE));
    }

    private static Route routeOf(ChatRef chat, Document state) {
        if (state == null) {
            return new Route(chat, null, false);
        }
        return UNREACHABLE.equals(state.getString(STATE)) ? new Route(chat, state.getString("reason"), false)
                : new Route(chat, null, true);
    }

    /** Records that the bot cannot reach {@code chat}; true if it was not known unreachable before. */
    boolean markUnreachable(ChatRef chat, String reason, Instant now) {
        Update update = new Update().set(STATE, UNREACHABLE).set("reason", reason).set("since", Date.from(now))
                .unset("movedTo");
        changed(chat.key());
        Document before = mongo.findAndModify(new Query(where("_id").is(chat.key())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        return before == null || !UNREACHABLE.equals(before.getString(STATE));
    }

    /**
     * Records that the bot may write to {@code chat}; true if it was known unreachable before. A chat
     * that moved stays moved (its old id is gone for good). Said on every private message, so the
     * usual case, a chat already reachable, is one read by key and no write; only a chat that was
     * unreachable (rare) is updated, and only if it still is.
     */
    boolean markReachable(ChatRef chat) {
        MongoCollection<Document> states = mongo.getCollection(COLLECTION);
        Document state = state(chat.key());
        if (state == null) {
            Document reachable = new Document("_id", chat.key()).append(STATE, REACHABLE);
            try {
                states.insertOne(reachable);
                remember(chat.key(), reachable);
            } catch (MongoWriteException raced) {
                if (raced.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw raced;
                }
                changed(chat.key());
            }
            return false;
        }
        if (!UNREACHABLE.equals(state.getString(STATE))) {
            return false;
        }
        changed(chat.key());
        return states.updateOne(Filters.and(Filters.eq("_id", chat.key()), Filters.eq(STATE, UNREACHABLE)),
                Updates.combine(Updates.set(STATE, REACHABLE), Updates.unset("reason"), Updates.unset("since")))
                .getModifiedCount() > 0;
    }

    /** Forgets the records of these chats (their person was erased). */
    void forget(Collection<String> keys) {
        keys.forEach(this::changed);
        mongo.remove(new Query(where("_id").in(keys)), COLLECTION);
    }

    /** Records that {@code from} now lives under {@code to}; true if that was not known before. */
    boolean markMoved(ChatRef from, ChatRef to, Instant now) {
        Update update = new Update().set(STATE, MOVED).set("movedTo", to.key()).set("since", Date.from(now))
                .unset("reason");
        changed(from.key());
        Document before = mongo.findAndModify(new Query(where("_id").is(from.key())), update,
                FindAndModifyOptions.options().upsert(true).returnNew(false), Document.class, COLLECTION);
        return before == null || !MOVED.equals(before.getString(STATE))
                || !to.key().equals(before.getString("movedTo"));
    }
}
