package vn.chidoan.core.kernel.outbox.chats;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.ChatRoutes;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.AlternateRoutes;
import vn.chidoan.core.kernel.outbox.OutboxEntry;

/**
 * Messaging windows ({@code chat_windows}): when each private chat of a platform with a window last
 * heard from its person, whether a message may go there now, and where else it may go when not. A
 * message may go inside the window, or outside it with a {@link vn.chidoan.core.kernel.chat.MessageTag};
 * button answers are never held (a press opens the window anyway).
 */
@Component
public class ChatWindows {
    static final String COLLECTION = "chat_windows";
    static final String LAST_INBOUND = "lastInboundAt";

    private final MongoTemplate mongo;
    private final ChatStates states;
    private final List<AlternateRoutes> routes;

    public ChatWindows(MongoTemplate mongo, ChatStates states, List<AlternateRoutes> routes) {
        this.mongo = mongo;
        this.states = states;
        this.routes = List.copyOf(routes);
    }

    static boolean windowed(Platform platform) {
        return Capabilities.of(platform).hasWindow();
    }

    /** The person wrote at {@code at}; a later record is kept if one exists (events may be handled out of order). */
    void heard(ChatRef chat, Instant at) {
        mongo.upsert(new Query(where("_id").is(chat.key())), new Update().max(LAST_INBOUND, Date.from(at)), COLLECTION);
    }

    Optional<Instant> lastInbound(ChatRef chat) {
        return Optional.ofNullable(mongo.findById(chat.key(), Document.class, COLLECTION))
                .map(doc -> doc.getDate(LAST_INBOUND)).map(Date::toInstant);
    }

    /** Whether the bot may write to {@code chat} freely now: the platform has no window, or it is open. */
    boolean open(ChatRef chat, Instant now) {
        if (!windowed(chat.platform())) {
            return true;
        }
        Instant closes = lastInbound(chat).map(at -> at.plus(Capabilities.of(chat.platform()).messagingWindow()))
                .orElse(Instant.MIN);
        return now.isBefore(closes);
    }

    /** Whether the entry may be sent now: inside the window, tagged, or no message at all (a button answer). */
    public boolean admits(OutboxEntry entry, Instant now) {
        return entry.kind() != OutboxEntry.Kind.MESSAGE || (entry.message() != null && entry.message().tag() != null)
                || open(entry.chat(), now);
    }

    /** The first of the person's other private chats the bot can write to now, if any. */
    public Optional<ChatRef> detour(ChatRef chat, Instant now) {
        for (AlternateRoutes route : routes) {
            for (ChatRef alternative : route.alternativesTo(chat)) {
                ChatRoutes.Route there = states.route(alternative);
                if (!alternative.platform().equals(chat.platform()) && there.reachable() && open(there.chat(), now)) {
                    return Optional.of(there.chat());
                }
            }
        }
        return Optional.empty();
    }
}
