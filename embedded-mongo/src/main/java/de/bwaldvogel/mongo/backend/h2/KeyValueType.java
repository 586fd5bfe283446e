package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import java.util.Date;
import java.util.UUID;
import org.bson.types.ObjectId;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's object type, storing values as before, with a native comparison for index keys made of simple
 * values (strings, numbers, booleans, dates, ids, null) — the keys this app indexes. Keys holding
 * anything else keep H2's own comparison, and sort after all simple keys, so the order stays total.
 */
final class KeyValueType extends ObjectDataType {
    static final KeyValueType INSTANCE = new KeyValueType();
    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            boolean simpleX = simple(x);
            boolean simpleY = simple(y);
            if (simpleX && simpleY) {
                return compareSimple(x, y);
            }
            if (simpleX != simpleY) {
                return simpleX ? -1 : 1;
            }
        }
        return super.compare(a, b);
    }

    private static int compareSimple(KeyValue x, KeyValue y) {
        int shared = Math.min(x.size(), y.size());
        for (int i = 0; i < shared; i++) {
            Object left = x.get(i);
            Object right = y.get(i);
            int order = sameKind(left, right) ? VALUES.compare(left, right) : kind(left) - kind(right);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static boolean simple(KeyValue key) {
        for (Object value : key) {
            if (kind(value) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameKind(Object a, Object b) {
        return kind(a) == kind(b);
    }

    /** A rank per kind of value, so values of different kinds never compare equal; -1 for others. */
    private static int kind(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Number) {
            return 1;
        } else if (value instanceof String) {
            return 2;
        } else if (value instanceof ObjectId) {
            return 3;
        } else if (value instanceof Boolean) {
            return 4;
        } else if (value instanceof Date || value instanceof java.time.Instant) {
            return 5;
        } else if (value instanceof UUID) {
            return 6;
        }
        return -1;
    }
}
