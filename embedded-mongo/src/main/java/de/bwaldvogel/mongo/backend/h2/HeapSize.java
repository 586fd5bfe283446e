package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.BinData;
import java.util.List;
import java.util.Map;

/**
 * A document's heap footprint, roughly, as H2's page cache counts it against its size (it samples a
 * few values per page): a map's table and entries, each key and value. The stock type counted twice
 * the Java-serialised length, which follows the same things less closely.
 */
final class HeapSize {
    private static final int OBJECT = 16;
    private static final int REFERENCE = 8;
    private static final int MAP = 64;
    private static final int MAP_ENTRY = 40;
    private static final int LIST = 40;
    private static final int STRING = 40;
    private static final int NUMBER = 24;
    private static final int OBJECT_ID = 48;

    private HeapSize() {
    }

    static int of(Object value) {
        if (value == null || value instanceof Boolean) {
            return 0;
        } else if (value instanceof String text) {
            return STRING + 2 * text.length();
        } else if (value instanceof Number || value instanceof java.time.Instant) {
            return NUMBER;
        } else if (value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return OBJECT_ID;
        } else if (value instanceof BinData data) {
            return 2 * OBJECT + data.getData().length;
        } else if (value instanceof Map<?, ?> map) {
            int size = MAP + REFERENCE * Integer.highestOneBit(map.size() * 4 / 3 + 1) * 2;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += MAP_ENTRY + of(entry.getKey()) + of(entry.getValue());
            }
            return size;
        } else if (value instanceof List<?> list) {
            int size = LIST + REFERENCE * list.size();
            for (Object element : list) {
                size += of(element);
            }
            return size;
        }
        return 2 * OBJECT;
    }
}
