package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.outbox.chats.OutboxChats;

/**
 * At start, once: links stored before the outbox owned a chat's reachability carried an {@code active}
 * flag of their own. A link whose group the bot had left ({@code active: false}) tells the outbox that
 * the group is unreachable, so the branch can link a new one; then every link loses the flag. Each
 * link is told before its flag goes, so a crash in between only tells it again.
 */
@Component
class LegacyChatLinks {
    private static final String REASON = "the bot had left the group (recorded on the branch's link)";

    LegacyChatLinks(MongoTemplate mongo, OutboxChats chats, Clock clock) {
        String links = ChatLinkStore.COLLECTION;
        for (Document link : mongo.find(query(where("active").exists(true)), Document.class, links)) {
            if (Boolean.FALSE.equals(link.getBoolean("active"))) {
                chats.markUnreachable(ChatRef.parse(link.getString("chat")), REASON, clock.instant());
            }
            mongo.updateFirst(query(where("_id").is(link.get("_id"))), new Update().unset("active"), links);
        }
    }
}
