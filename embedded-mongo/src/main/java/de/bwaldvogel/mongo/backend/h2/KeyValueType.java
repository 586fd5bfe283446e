package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the unique indexes' maps: H2's object type with a native comparison for keys made
 * of simple values (strings, numbers, booleans, dates, ids, null) — the keys this app indexes. Keys
 * holding anything else keep H2's own comparison, and sort after all simple keys, so the order stays
 * total. The order is {@link KeyOrder#UNIQUE} and must never change: existing files are sorted by it.
 *
 * <p>A key is written as a tag byte and {@link IndexKeyType}'s compact encoding. H2's object type
 * Java-serialises a {@link KeyValue} (its tag 19, class descriptors included): every commit did so
 * for every key of every changed page of every {@code _id} index. Keys written that way still read,
 * by that type, so existing files open as they were; the order does not depend on the encoding.
 */
final class KeyValueType extends ObjectDataType {
    static final KeyValueType INSTANCE = new KeyValueType();
    /** The tag of a compact key: above every tag H2's object type writes, and not {@link BsonDocumentType}'s. */
    static final byte COMPACT_TAG = (byte) 0xB6;
    private static final KeyOrder ORDER = KeyOrder.UNIQUE;

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            boolean simpleX = simple(x);
            boolean simpleY = simple(y);
            if (simpleX && simpleY) {
                return ORDER.compareKeys(x, y);
            }
            if (simpleX != simpleY) {
                return simpleX ? -1 : 1;
            }
        }
        return super.compare(a, b);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (value instanceof KeyValue key) {
            IndexKeyType.INSTANCE.write(buffer.put(COMPACT_TAG), key);
        } else {
            super.write(buffer, value);
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        if (buffer.get(buffer.position()) != COMPACT_TAG) {
            return super.read(buffer);
        }
        buffer.get();
        return IndexKeyType.INSTANCE.read(buffer);
    }

    /** The stock estimate is an average of serialised sizes, 10,000 bytes until a key is serialised. */
    @Override
    public int getMemory(Object value) {
        return value instanceof KeyValue key ? IndexKeyType.INSTANCE.getMemory(key) : super.getMemory(value);
    }

    /** Whether the key is in the natively ordered part of the map (probes always are). */
    static boolean simple(KeyValue key) {
        for (Object value : key) {
            if (ORDER.kind(value) < 0) {
                return false;
            }
        }
        return true;
    }
}
