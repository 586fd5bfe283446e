package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The length of a document's BSON, counted without writing it: what the collection's data size adds
 * up ({@code collStats}' size). The server counts it by encoding the whole document into a new buffer
 * on every insert and twice on every update, about 7 % of the embedded server's CPU in a flood of
 * inserts (docs/BENCHMARKS.md). The lengths are the server's encoder's, type by type, in the order it
 * picks a type; a value of any other class is measured by that encoder, so a count is its length
 * whatever the document holds ({@code BsonSizeTest}).
 */
final class BsonSize {
    private BsonSize() {
    }

    static int of(Map<String, ?> document) {
        try {
            return document(document);
        } catch (RuntimeException e) {
            throw new MongoServerException("Failed to calculate document size", e);
        }
    }

    private static int document(Map<String, ?> document) {
        int size = 4 + 1; // the length, the terminating byte
        for (Map.Entry<String, ?> entry : document.entrySet()) {
            size += element(entry.getKey(), entry.getValue());
        }
        return size;
    }

    private static int element(String name, Object value) {
        return 1 + utf8(name) + 1 + value(value);
    }

    private static int value(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Map<?, ?> map) {
            @SuppressWarnings("unchecked")
            Map<String, ?> document = (Map<String, ?>) map;
            return document(document);
        } else if (value instanceof ObjectId) {
            return 12;
        } else if (value instanceof Integer) {
            return 4;
        } else if (value instanceof Long) {
            return 8;
        } else if (value instanceof Decimal128) {
            return 16;
        } else if (value instanceof Double) {
            return 8;
        } else if (value instanceof String text) {
            return 4 + utf8(text) + 1;
        } else if (value instanceof Boolean) {
            return 1;
        } else if (value instanceof BinData data) {
            return 4 + 1 + data.getData().length;
        } else if (value instanceof UUID || value instanceof LegacyUUID) {
            return 4 + 1 + 16;
        } else if (value instanceof Collection<?> list) {
            int size = 4 + 1;
            int index = 0;
            for (Object element : list) {
                size += element(String.valueOf(index++), element);
            }
            return size;
        } else if (value instanceof Instant || value instanceof BsonTimestamp) {
            return 8;
        } else if (value instanceof BsonRegularExpression regex) {
            return utf8(regex.getPattern()) + 1 + utf8(regex.getOptions()) + 1;
        } else if (value instanceof MaxKey || value instanceof MinKey) {
            return 0;
        } else if (value instanceof BsonJavaScript code) {
            return 4 + utf8(code.getCode()) + 1;
        }
        return encoded(value);
    }

    /** Whatever else the encoder does with the value: its length, or its refusal. */
    private static int encoded(Object value) {
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeValue(BsonEncoder.determineType(value), value, buffer);
            return buffer.writerIndex();
        } finally {
            buffer.release();
        }
    }

    /** The length of the text in UTF-8 as {@code String.getBytes} writes it (a lone surrogate as one {@code ?}). */
    static int utf8(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                length++;
            } else if (c < 0x800) {
                length += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                length += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                length++;
            } else {
                length += 3;
            }
        }
        return length;
    }
}
