package vn.chidoan.core.org.member;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.text.Formats;

/**
 * Wrong codes per account in {@code code_attempts} ({@code _id} = the account): after {@value #LIMIT}
 * wrong codes within {@link #WINDOW}, every code the account types is refused until the window ends,
 * with a reply that says when to try again. The count is one document updated atomically; a window
 * that has ended starts again at the next wrong code.
 */
public final class CodeAttempts {
    static final String COLLECTION = "code_attempts";
    static final int LIMIT = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final MongoTemplate mongo;
    private final Clock clock;

    CodeAttempts(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(COLLECTION).createIndex(new Index("since", Sort.Direction.ASC));
    }

    /**
     * Redeems a code typed by {@code account}: refused at once while the account is blocked; a
     * {@link WrongCode} it throws is counted, then passed on.
     */
    public <T> T redeem(UserRef account, Supplier<T> redemption) {
        refuseWhileBlocked(account);
        try {
            return redemption.get();
        } catch (WrongCode wrong) {
            failed(account);
            throw wrong;
        }
    }

    public void redeem(UserRef account, Runnable redemption) {
        redeem(account, () -> {
            redemption.run();
            return null;
        });
    }

    private void refuseWhileBlocked(UserRef account) {
        Document seen = mongo.findById(account.key(), Document.class, COLLECTION);
        if (seen == null) {
            return;
        }
        Instant until = seen.getDate("since").toInstant().plus(WINDOW);
        if (!clock.instant().isBefore(until)) {
            mongo.remove(query(where("_id").is(account.key()).and("since").is(seen.getDate("since"))), COLLECTION);
        } else if (seen.getInteger("failures", 0) >= LIMIT) {
            throw new BadInput("member.code.too_many", Map.of("until",
                    Formats.time(LocalTime.ofInstant(until, clock.getZone())), "limit", LIMIT));
        }
    }

    /**
     * Counts a wrong code. Counts whose window ended are deleted on the way: the account may be of
     * someone who never agreed to the data terms, so nothing is kept longer than the limit needs.
     */
    private void failed(UserRef account) {
        Instant now = clock.instant();
        Date windowStart = Date.from(now.minus(WINDOW));
        mongo.remove(query(where("since").lte(windowStart)), COLLECTION);
        if (mongo.updateFirst(query(where("_id").is(account.key()).and("since").gt(windowStart)),
                new Update().inc("failures", 1), COLLECTION).getMatchedCount() > 0) {
            return;
        }
        try {
            mongo.upsert(query(where("_id").is(account.key()).and("since").lte(windowStart)),
                    new Update().set("since", Date.from(now)).set("failures", 1), COLLECTION);
        } catch (DuplicateKeyException concurrentStart) {
            failed(account);
        }
    }

    /** Forgets an erased person's accounts' counts. */
    void forget(Iterable<String> accounts) {
        for (String account : accounts) {
            mongo.remove(query(where("_id").is(account)), COLLECTION);
        }
    }
}
