package vn.chidoan.core.features.meeting.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.OpaqueTokens;

/**
 * {@code meeting_tokens}: the random tokens behind check-in QR codes, each with the meeting it checks
 * in to and until when it works. Found by {@code _id}; expired ones are removed by the rotation.
 */
class QrTokens {
    static final String COLLECTION = "meeting_tokens";
    static final String PAYLOAD_PREFIX = "dd_";
    private static final int LENGTH = 16;

    /** A token that works until {@code validUntil}. */
    record Token(String value, String meeting, Instant validUntil) {
        boolean validAt(Instant now) {
            return now.isBefore(validUntil);
        }
    }

    private final MongoTemplate mongo;

    QrTokens(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Token issue(String meeting, Instant validUntil) {
        Token token = new Token(OpaqueTokens.next(LENGTH), meeting, validUntil);
        mongo.insert(new Document("_id", token.value()).append("meeting", meeting)
                .append("validUntil", Date.from(validUntil)), COLLECTION);
        return token;
    }

    Optional<Token> find(String value) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(value)), Document.class, COLLECTION))
                .map(doc -> new Token(value, doc.getString("meeting"), doc.getDate("validUntil").toInstant()));
    }

    void purgeBefore(Instant before) {
        mongo.remove(query(where("validUntil").lt(Date.from(before))), COLLECTION);
    }
}
