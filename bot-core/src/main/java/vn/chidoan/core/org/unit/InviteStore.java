package vn.chidoan.core.org.unit;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Duration;
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
 * is issued once per {@code origin} (the creating event, {@code reissue:<event>}, or {@code join:<branch>}
 * for a branch's reusable join code) and claimed atomically: the first claimer wins, and the same
 * claimer may claim again (a replayed event). A code replaced by a new one keeps {@code revokedAt}.
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
            Instant usedAt, Instant revokedAt) {

        UnitId unitId() {
            return new UnitId(unit);
        }

        boolean usedByOtherThan(String person) {
            return usedBy != null && !usedBy.equals(person);
        }

        /** A leader's or link code nobody used within {@code validity}; a join code never expires. */
        boolean expiredAt(Instant now, Duration validity) {
            return purpose != Purpose.JOIN_BRANCH && usedBy == null && !now.isBefore(createdAt.plus(validity));
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

    /**
     * A new code for the unit in place of the unused ones of the same purpose, which stop at once;
     * the same {@code cause} again returns the same new code.
     */
    InviteDoc reissue(Purpose purpose, UnitId unit, String cause, Instant now) {
        InviteDoc fresh = issue(purpose, unit, "reissue:" + cause, now);
        mongo.updateMulti(query(where("unit").is(unit.value()).and("purpose").is(purpose.name()).and("usedBy").is(null)
                .and("revokedAt").is(null).and("_id").ne(fresh.id())), new Update().set("revokedAt", now), COLLECTION);
        return fresh;
    }

    /**
     * A new join code for the branch: the current one stops at once (it leaves the branch's origin, so
     * the new one takes it); the same {@code cause} again returns the same new code.
     */
    InviteDoc renewJoin(UnitId branch, String cause, Instant now) {
        String origin = joinOrigin(branch);
        String retired = origin + ":revoked:" + cause;
        if (!mongo.exists(query(where("origin").is(retired)), COLLECTION)) {
            mongo.updateFirst(query(where("origin").is(origin)), new Update().set("origin", retired)
                    .set("revokedAt", now), COLLECTION);
        }
        return issue(Purpose.JOIN_BRANCH, branch, origin, now);
    }

    /** The origin of a branch's current join code. */
    static String joinOrigin(UnitId branch) {
        return "join:" + branch.value();
    }

    /** Codes an erased person used stay used, by no one in particular; a merged person's become the survivor's. */
    void reassignUser(String from, String to) {
        mongo.updateMulti(query(where("usedBy").is(from)), new Update().set("usedBy", to), COLLECTION);
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
