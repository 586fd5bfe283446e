package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether the server's BSON codec gives a document back exactly: the same classes and values in the
 * same order. Everything a client sends is such a document (it arrived as BSON); the server makes a few
 * values itself that BSON would change — {@code $currentDate}'s instant has nanoseconds where BSON's
 * date has milliseconds — and such a document keeps Java serialisation ({@link BsonDocumentType}).
 */
final class BsonFidelity {
    private static final int NANOS_PER_MILLI = 1_000_000;
    /** Seconds whose instants still fit BSON's 64-bit milliseconds. */
    private static final long MAX_SECONDS = Long.MAX_VALUE / 1_000 - 1;

    private BsonFidelity() {
    }

    static boolean exact(Document document) {
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            if (entry.getKey().indexOf('\0') >= 0 || !exactValue(entry.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static boolean exactValue(Object value) {
        if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double || value instanceof Boolean || value instanceof ObjectId
                || value instanceof Decimal128 || value instanceof BinData || value instanceof UUID
                || value instanceof LegacyUUID || value instanceof BsonTimestamp
                || value instanceof BsonRegularExpression || value instanceof BsonJavaScript
                || value instanceof MinKey || value instanceof MaxKey) {
            return true;
        }
        if (value instanceof Instant instant) {
            return instant.getNano() % NANOS_PER_MILLI == 0 && Math.abs(instant.getEpochSecond()) < MAX_SECONDS;
        }
        if (value instanceof Document document) {
            return exact(document);
        }
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!exactValue(element)) {
                    return false;
                }
            }
            return true;
        }
        return false; // another map or collection, or a type the codec has not: comes back as something else
    }
}
