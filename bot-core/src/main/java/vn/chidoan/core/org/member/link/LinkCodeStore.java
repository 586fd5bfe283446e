package vn.chidoan.core.org.member.link;

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

/**
 * {@code account_link_codes}: one live code per person, keyed by the person, the code unique. A code
 * is {@code LK} and eight letters and digits without look-alikes (never an 8-character invite code),
 * claimed atomically by the first account that uses it in time; the same account may claim it again
 * (a replayed event). {@code mergeFrom} records the other person being merged in, so a merge cut short
 * is finished by the replay.
 */
public final class LinkCodeStore {
    static final String COLLECTION = "account_link_codes";
    static final String PREFIX = "LK";
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 8;
    /** A code shown with less than this left is replaced rather than shown again. */
    private static final Duration REUSE_MARGIN = Duration.ofMinutes(10);

    record LinkCodeDoc(@Id String person, String code, Instant issuedAt, Instant expiresAt, String usedBy,
            Instant usedAt, String mergeFrom) {

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final MongoTemplate mongo;
    private final SecureRandom random = new SecureRandom();

    public LinkCodeStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("code", Sort.Direction.ASC).unique());
    }

    /** Whether a typed payload has the shape of a link code (case does not matter). */
    static boolean looksLike(String typed) {
        return typed.strip().matches("(?i)" + PREFIX + "[A-Z0-9]{" + LENGTH + "}");
    }

    static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** The person's unused code if it has a while left, else a new one valid for {@code validity}. */
    LinkCodeDoc issue(String person, Instant now, Duration validity) {
        LinkCodeDoc live = mongo.findById(person, LinkCodeDoc.class, COLLECTION);
        if (live != null && live.usedBy() == null && now.plus(REUSE_MARGIN).isBefore(live.expiresAt())) {
            return live;
        }
        DuplicateKeyException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                return mongo.save(new LinkCodeDoc(person, newCode(), now, now.plus(validity), null, null, null),
                        COLLECTION);
            } catch (DuplicateKeyException collision) {
                last = collision;
            }
        }
        throw last;
    }

    Optional<LinkCodeDoc> find(String typed) {
        return Optional.ofNullable(mongo.findOne(query(where("code").is(normalise(typed))), LinkCodeDoc.class,
                COLLECTION));
    }

    /** Claims the code for the account if it is unused and in time, or already the account's; else empty. */
    Optional<LinkCodeDoc> claim(String code, String account, Instant now) {
        Criteria usable = new Criteria().orOperator(where("usedBy").is(null).and("expiresAt").gt(now),
                where("usedBy").is(account));
        return Optional.ofNullable(mongo.findAndModify(query(where("code").is(code)).addCriteria(usable),
                new Update().set("usedBy", account).set("usedAt", now),
                FindAndModifyOptions.options().returnNew(true), LinkCodeDoc.class, COLLECTION));
    }

    /** Records, once, which person is being merged into the code's person. */
    LinkCodeDoc mergingFrom(String code, String person) {
        mongo.updateFirst(query(where("code").is(code).and("mergeFrom").is(null)), new Update().set("mergeFrom", person),
                COLLECTION);
        return find(code).orElseThrow();
    }

    public void deleteOf(String person) {
        mongo.remove(query(where("_id").is(person)), COLLECTION);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
