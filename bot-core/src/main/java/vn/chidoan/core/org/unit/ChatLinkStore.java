package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * moves to a new id (group upgraded) is one atomic update; a chat the bot left stays, inactive.
 */
final class ChatLinkStore {
    static final String COLLECTION = "chat_links";

    record LinkDoc(@Id String id, String chat, String branch, Platform platform, boolean active, Instant linkedAt,
            String linkedBy) {
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
     * Links the chat to the branch, replacing an inactive earlier chat of the branch on that platform.
     * The upsert matches only a missing or inactive link, so an active one rejects it by its key.
     */
    Outcome link(ChatRef chat, UnitId branch, String person, Instant now) {
        Optional<LinkDoc> existing = byChat(chat);
        if (existing.isPresent() && !existing.get().id().equals(id(branch, chat.platform()))) {
            return Outcome.GROUP_TAKEN;
        }
        Update update = new Update().set("chat", chat.key()).set("branch", branch.value())
                .set("platform", chat.platform().name()).set("active", true).set("linkedAt", now).set("linkedBy", person);
        try {
            mongo.upsert(query(where("_id").is(id(branch, chat.platform())).and("active").is(false)), update, COLLECTION);
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

    void setActive(ChatRef chat, boolean active) {
        mongo.updateFirst(query(where("chat").is(chat.key())), new Update().set("active", active), COLLECTION);
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
