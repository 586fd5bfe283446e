package vn.chidoan.core.features.record.admission;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * {@code record_codes}: the one-time code with which a person takes the roster record the BCH made for
 * them: {@code KN} and eight letters and digits without look-alikes (never an invite or link code), valid
 * {@link #VALIDITY}, one live code per record (asking again shows the same one while it has time left),
 * claimed atomically by the first account that uses it; the same account may claim it again (a replay).
 */
final class ClaimCodes {
    static final String COLLECTION = "record_codes";
    static final String PREFIX = "KN";
    static final Duration VALIDITY = Duration.ofDays(30);
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;

    /** A code: whose record, in which branch, until when, and which account used it. */
    record Code(String code, PersonId person, UnitId branch, Instant expiresAt, String usedBy) {
        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    ClaimCodes(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    static boolean looksLike(String typed) {
        return typed.strip().matches("(?i)" + PREFIX + "[A-Z0-9]{" + LENGTH + "}");
    }

    /** The record's live code if it has a day left, else a new one. */
    Code issue(PersonId person, UnitId branch, Instant now) {
        Document live = mongo.findOne(query(where("person").is(person.value()).and("usedBy").is(null)
                .and("expiresAt").gt(Date.from(now.plus(Duration.ofDays(1))))), Document.class, COLLECTION);
        if (live != null) {
            return decode(live);
        }
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Document doc = new Document("_id", newCode()).append("person", person.value())
                    .append("branch", branch.value()).append("issuedAt", Date.from(now))
                    .append("expiresAt", Date.from(now.plus(VALIDITY))).append("usedBy", null);
            try {
                mongo.insert(doc, COLLECTION);
                return decode(doc);
            } catch (DuplicateKeyException collision) {
                last = collision;
            }
        }
        throw last;
    }

    Optional<Code> find(String typed) {
        return Optional.ofNullable(mongo.findById(typed.strip().toUpperCase(Locale.ROOT), Document.class, COLLECTION))
                .map(ClaimCodes::decode);
    }

    /** Claims the code for the account if it is unused and in time, or already the account's. */
    Optional<Code> claim(String code, String account, Instant now) {
        Criteria usable = new Criteria().orOperator(where("usedBy").is(null).and("expiresAt").gt(Date.from(now)),
                where("usedBy").is(account));
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(code)).addCriteria(usable),
                new Update().set("usedBy", account).set("usedAt", Date.from(now)),
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION)).map(ClaimCodes::decode);
    }

    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
    }

    /** A claimed code's record is merged into its claimer: the code is spent, nothing of it is kept. */
    void move(PersonId from, PersonId into) {
        forget(from);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static Code decode(Document doc) {
        return new Code(doc.getString("_id"), new PersonId(doc.getString("person")), new UnitId(doc.getString("branch")),
                doc.getDate("expiresAt").toInstant(), doc.getString("usedBy"));
    }
}
