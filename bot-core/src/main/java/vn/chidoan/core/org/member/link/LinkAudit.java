package vn.chidoan.core.org.member.link;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.personal.DataSubject;

/**
 * {@code account_links}: the audit of every link, merge, unlink and undo (who acted, when, which accounts), ids only (accounts as
 * {@code telegram:<id>}, persons, branches), never a name or a text. A link's record is keyed by its
 * code, so handling the confirmation again records nothing new, and it keeps what undoing the link
 * needs for {@link AccountLinks#UNDO_FOR}: the record merged in ({@code from}) and the memberships it
 * brought, with the role the surviving record had in each branch before ({@code intoRole}, null when
 * none). An erased person's records keep only their kind and time.
 */
public final class LinkAudit {
    static final String COLLECTION = "account_links";

    enum Kind {
        /** An account joined a person's record. */
        LINK,
        /** An account joined a person's record, and the record it had was merged in ({@code from}). */
        MERGE,
        /** An account left a person's record from {@code /toi}. */
        UNLINK,
        /** A link was undone with its button. */
        UNDO
    }

    record Moved(String branch, Role role, Role intoRole) {
    }

    /**
     * @param by      the account that acted
     * @param person  the record the account joined or left
     * @param account the account linked or unlinked
     * @param from    the record merged into {@code person}, or null
     */
    record Entry(@Id String id, Kind kind, Instant at, String by, String person, String account, String from,
            List<Moved> memberships, Instant undoUntil, Instant undoneAt) {

        boolean undoableAt(Instant now) {
            return undoneAt == null && undoUntil != null && now.isBefore(undoUntil);
        }
    }

    private final MongoTemplate mongo;

    public LinkAudit(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("account", Sort.Direction.ASC));
    }

    /** Records an entry under its key; the same key again returns the first one. */
    Entry record(Entry entry) {
        try {
            return mongo.insert(entry, COLLECTION);
        } catch (DuplicateKeyException again) {
            return find(entry.id()).orElseThrow(() -> again);
        }
    }

    Optional<Entry> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Entry.class, COLLECTION));
    }

    /** Marks the link undone; false when it was already. */
    boolean undone(String id, Instant now) {
        return mongo.updateFirst(query(where("_id").is(id).and("undoneAt").is(null)),
                new Update().set("undoneAt", now), COLLECTION).getModifiedCount() > 0;
    }

    /** An erased person's entries keep their kind and time, and nothing that leads back to them. */
    public void forget(DataSubject subject) {
        Criteria theirs = new Criteria().orOperator(where("person").is(subject.person().value()),
                where("from").is(subject.person().value()), where("account").in(subject.accountKeys()),
                where("by").in(subject.accountKeys()));
        mongo.updateMulti(query(theirs), new Update().unset("by").unset("person").unset("account").unset("from")
                .unset("memberships").unset("undoUntil"), COLLECTION);
    }

    /** The entries of a merged record now name the record it joined, so their undo buttons still work. */
    public void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("person").is(from.value())), new Update().set("person", into.value()),
                COLLECTION);
    }
}
