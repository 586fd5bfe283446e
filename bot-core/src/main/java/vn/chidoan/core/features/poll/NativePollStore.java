package vn.chidoan.core.features.poll;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * The native polls a poll became (one per group it was sent to on a platform that draws polls), in
 * {@code poll_natives} under the platform's id of each ({@code <platform>:<poll id>}): which poll it is,
 * the chat and message that carry it (to stop it at the deadline), and its counts as the platform last
 * reported them (all an anonymous native poll tells). Both writes are upserts, so a count that arrives
 * before the delivery is recorded is kept.
 */
final class NativePollStore {
    static final String COLLECTION = "poll_natives";

    /** One native poll: its poll's number, chat, message, and counts per option (empty before any). */
    record Native(String ref, Long poll, ChatRef chat, String messageId, List<Long> counts) {
    }

    private final MongoTemplate mongo;

    NativePollStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("poll", Sort.Direction.ASC));
    }

    void delivered(Platform platform, String pollRef, long poll, ChatRef chat, String messageId) {
        mongo.upsert(query(where("_id").is(ref(platform, pollRef))), new Update().set("poll", poll)
                .set("chat", chat.key()).set("messageId", messageId), COLLECTION);
    }

    void counted(Platform platform, String pollRef, List<Integer> counts) {
        mongo.upsert(query(where("_id").is(ref(platform, pollRef))),
                new Update().set("counts", counts.stream().map(Integer::longValue).toList()), COLLECTION);
    }

    Optional<Native> find(Platform platform, String pollRef) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(ref(platform, pollRef))), Document.class,
                COLLECTION)).map(NativePollStore::of);
    }

    List<Native> ofPoll(long poll) {
        return mongo.find(query(where("poll").is(poll)), Document.class, COLLECTION).stream()
                .map(NativePollStore::of).toList();
    }

    private static String ref(Platform platform, String pollRef) {
        return platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + pollRef;
    }

    private static Native of(Document doc) {
        Number poll = (Number) doc.get("poll");
        String chat = doc.getString("chat");
        return new Native(doc.getString("_id"), poll == null ? null : poll.longValue(),
                chat == null ? null : ChatRef.parse(chat), doc.getString("messageId"),
                doc.getList("counts", Number.class, List.of()).stream().map(Number::longValue).toList());
    }
}
