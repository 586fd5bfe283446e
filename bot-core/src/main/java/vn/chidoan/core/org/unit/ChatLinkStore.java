package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code chat_links}: a branch's group chat on one platform. Keyed by (branch, platform), with the
 * chat unique, so a chat belongs to one branch and a branch has one chat per platform. A chat that
 * moves to a new id (group upgraded) is one atomic update. A link says which group is the branch's,
 * not whether the bot is still in it: that is the outbox's to know ({@code ChatRoutes}), and a group
 * the bot left stays linked until the branch links another.
 */
final class ChatLinkStore {
    static final String COLLECTION = "chat_links";

    record LinkDoc(@Id String id, String chat, String branch, Platform platform, Instant linkedAt,
            String linkedBy) {
        ChatRef chatRef() {
            return ChatRef.parse(chat);
        }
    }

    enum Outcome {
        LINKED, GROUP_TAKEN, BRANCH_TAKEN
    }

    private final MongoTemplate mongo;

    ChatLinkStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("chat", Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index("branch", Sort.Direction.ASC));
    }

    private static String id(UnitId branch, Platform platform) {
        return branch.value() + "|" + platform.code();
    }

    Optional<LinkDoc> byChat(ChatRef chat) {
        return Optional.ofNullable(mongo.findOne(query(where("chat").is(chat.key())), LinkDoc.class, COLLECTION));
    }

    Optional<LinkDoc> ofBranch(UnitId branch, Platform platform) {
        return Optional.ofNullable(mongo.findById(id(branch, platform), LinkDoc.class, COLLECTION));
    }

    /** The links of these branches on these platforms, in one read by key. */
    List<LinkDoc> ofBranches(Collection<UnitId> branches, Collection<Platform> platforms) {
        List<String> ids = new ArrayList<>();
        for (UnitId branch : branches) {
            platforms.forEach(platform -> ids.add(id(branch, platform)));
        }
        return mongo.find(query(where("_id").in(ids)), LinkDoc.class, COLLECTION);
    }

    /**
     * Links the chat to the branch, replacing an earlier chat of the branch on that platform only if the
     * bot can no longer write there ({@code reachable} says no). The write expects the link it judged,
     * so two secretaries linking at once cannot both win: the loser meets the key or the unique chat.
     */
    Outcome link(ChatRef chat, UnitId branch, String person, Instant now, Predicate<ChatRef> reachable) {
        Optional<LinkDoc> existing = byChat(chat);
        if (existing.isPresent() && !existing.get().id().equals(id(branch, chat.platform()))) {
            return Outcome.GROUP_TAKEN;
        }
        Optional<LinkDoc> current = ofBranch(branch, chat.platform());
        boolean another = current.isPresent() && !current.get().chat().equals(chat.key());
        if (another && reachable.test(current.get().chatRef())) {
            return Outcome.BRANCH_TAKEN;
        }
        String expected = current.map(LinkDoc::chat).orElse(chat.key());
        Update update = new Update().set("chat", chat.key()).set("branch", branch.value())
                .set("platform", chat.platform().name()).set("linkedAt", now).set("linkedBy", person);
        try {
            mongo.upsert(query(where("_id").is(id(branch, chat.platform())).and("chat").is(expected)), update,
                    COLLECTION);
            return Outcome.LINKED;
        } catch (DuplicateKeyException taken) {
            return byChat(chat).filter(l -> l.branch().equals(branch.value())).isPresent()
                    ? Outcome.LINKED : Outcome.BRANCH_TAKEN;
        }
    }

    /** Links made by {@code from} are now {@code to}'s (a merge), or no one's in particular (an erasure). */
    void reassignLinker(String from, String to) {
        mongo.updateMulti(query(where("linkedBy").is(from)), new Update().set("linkedBy", to), COLLECTION);
    }

    /** The chat now lives under a new id; a second report of the same move changes nothing. */
    void move(ChatRef from, ChatRef to) {
        try {
            mongo.updateFirst(query(where("chat").is(from.key())), new Update().set("chat", to.key()), COLLECTION);
        } catch (DuplicateKeyException alreadyThere) {
            // the new id is linked already: the move was recorded before
        }
    }
}
