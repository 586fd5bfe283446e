package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code invite_codes}: short random codes with no look-alike characters, keyed by the code. A code
 * is issued once per {@code origin} (the creating event, or {@code join:<branch>} for a branch's
 * reusable join code) and claimed atomically: the first claimer wins, and the same claimer may claim
 * again (a replayed event).
 */
final class InviteStore {
    static final String COLLECTION = "invite_codes";
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    enum Purpose {
        /** Whoever redeems it becomes an officer of the unit. */
        LEAD_UNIT,
        /** Links a group to the branch; whoever links it becomes its secretary. */
        LINK_BRANCH,
        /** Joins the branch; reusable, one per branch. */
        JOIN_BRANCH
    }

    record InviteDoc(@Id String id, Purpose purpose, String unit, String origin, Instant createdAt, String usedBy,
            Instant usedAt) {

        UnitId unitId() {
            return new UnitId(unit);
        }

        boolean usedByOtherThan(String person) {
            return usedBy != null && !usedBy.equals(person);
        }
    }

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    InviteStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("origin", Sort.Direction.ASC).unique());
    }

    /** A code typed by a person: case and surrounding spaces do not matter. */
    static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    InviteDoc issue(Purpose purpose, UnitId unit, String origin, Instant now) {
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Update update = new Update().setOnInsert("_id", newCode()).setOnInsert("purpose", purpose.name())
                    .setOnInsert("unit", unit.value()).setOnInsert("createdAt", now);
            try {
                return mongo.findAndModify(query(where("origin").is(origin)), update, upsert, InviteDoc.class, COLLECTION);
            } catch (DuplicateKeyException collision) {
                last = collision; // the code existed, or a concurrent issue for the same origin won: look again
            }
        }
        throw last;
    }

    Optional<InviteDoc> find(String typed) {
        return Optional.ofNullable(mongo.findById(normalise(typed), InviteDoc.class, COLLECTION));
    }

    /** Claims a one-time code for the person; empty if someone else has it. */
    Optional<InviteDoc> claim(String code, String person, Instant now) {
        Criteria unclaimedOrMine = new Criteria().orOperator(where("usedBy").is(null), where("usedBy").is(person));
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(code)).addCriteria(unclaimedOrMine),
                new Update().set("usedBy", person).set("usedAt", now),
                FindAndModifyOptions.options().returnNew(true), InviteDoc.class, COLLECTION));
    }

    /** Gives back a claim whose purpose could not be carried out. */
    void release(String code, String person) {
        mongo.updateFirst(query(where("_id").is(code).and("usedBy").is(person)),
                new Update().unset("usedBy").unset("usedAt"), COLLECTION);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
