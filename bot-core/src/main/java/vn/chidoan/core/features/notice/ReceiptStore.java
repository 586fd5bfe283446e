package vn.chidoan.core.features.notice;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * What the branches did with a notice, in {@code notice_receipts}: one document per (notice, branch),
 * made at the first press. The committee's acknowledgement is set once by a conditional update (the
 * first press wins; later ones find it taken); the members who marked it seen are a set.
 */
final class ReceiptStore {
    static final String COLLECTION = "notice_receipts";

    /** A branch's answer to a notice; {@code ackedBy} is null once that person's data is erased. */
    record Receipt(@Id String id, long notice, String branch, Instant ackedAt, String ackedBy, List<String> seen) {
        Receipt {
            seen = seen == null ? List.of() : List.copyOf(seen);
        }

        boolean acked() {
            return ackedAt != null;
        }

        UnitId branchId() {
            return new UnitId(branch);
        }
    }

    private final MongoTemplate mongo;

    ReceiptStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("notice", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("ackedBy", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("seen", Sort.Direction.ASC));
    }

    static String id(long notice, UnitId branch) {
        return notice + ":" + branch.value();
    }

    /**
     * Acknowledges the notice for the branch on behalf of {@code person}; the receipt as it stands after,
     * with {@code true} if this press was the one that acknowledged it.
     */
    Acked acknowledge(long notice, UnitId branch, PersonId person, Instant now) {
        ensure(notice, branch);
        Receipt won = mongo.findAndModify(query(where("_id").is(id(notice, branch)).and("ackedAt").is(null)),
                new Update().set("ackedAt", now).set("ackedBy", person.value()),
                FindAndModifyOptions.options().returnNew(true), Receipt.class, COLLECTION);
        return won != null ? new Acked(won, true) : new Acked(find(notice, branch).orElseThrow(), false);
    }

    record Acked(Receipt receipt, boolean now) {
    }

    /** Records that the member saw it; false when they had already. */
    boolean seen(long notice, UnitId branch, PersonId person) {
        ensure(notice, branch);
        return mongo.updateFirst(query(where("_id").is(id(notice, branch)).and("seen").ne(person.value())),
                new Update().addToSet("seen", person.value()), COLLECTION).getModifiedCount() > 0;
    }

    Optional<Receipt> find(long notice, UnitId branch) {
        return Optional.ofNullable(mongo.findById(id(notice, branch), Receipt.class, COLLECTION));
    }

    List<Receipt> of(long notice) {
        return mongo.find(query(where("notice").is(notice)), Receipt.class, COLLECTION);
    }

    List<Receipt> of(Collection<Long> notices) {
        return mongo.find(query(where("notice").in(notices)), Receipt.class, COLLECTION);
    }

    /** An erased person's presses stop naming them; the branch's acknowledgement stays, by no one. */
    void forget(PersonId person) {
        mongo.updateMulti(query(where("ackedBy").is(person.value())), new Update().unset("ackedBy"), COLLECTION);
        mongo.updateMulti(query(where("seen").is(person.value())), new Update().pull("seen", person.value()),
                COLLECTION);
    }

    /** Another record of the same person takes over their presses; a notice seen by both counts once. */
    void move(PersonId from, PersonId into) {
        mongo.updateMulti(query(where("ackedBy").is(from.value())), new Update().set("ackedBy", into.value()),
                COLLECTION);
        mongo.updateMulti(query(where("seen").is(from.value())), new Update().addToSet("seen", into.value()),
                COLLECTION);
        mongo.updateMulti(query(where("seen").is(from.value())), new Update().pull("seen", from.value()), COLLECTION);
    }

    private void ensure(long notice, UnitId branch) {
        if (find(notice, branch).isPresent()) {
            return;
        }
        try {
            mongo.insert(new Receipt(id(notice, branch), notice, branch.value(), null, null, List.of()), COLLECTION);
        } catch (DuplicateKeyException pressedMeanwhile) {
            // another press made it first: the same document
        }
    }
}
