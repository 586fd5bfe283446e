package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's object type, storing values as before, with a native comparison for unique-index keys made of
 * simple values (strings, numbers, booleans, dates, ids, null) — the keys this app indexes. Keys
 * holding anything else keep H2's own comparison, and sort after all simple keys, so the order stays
 * total. The order is {@link KeyOrder#UNIQUE} and must never change: existing files are sorted by it.
 */
final class KeyValueType extends ObjectDataType {
    static final KeyValueType INSTANCE = new KeyValueType();
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
