package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Json;
import java.util.Date;
import java.util.UUID;

/**
 * The order of one component of an index key: by kind of value first (so values of different kinds
 * never compare equal, and a range of one kind is contiguous), then by value as the server compares
 * them. Also makes the probes a scan starts from: {@link #below(int)} sits before every value of a
 * kind, {@link #TAIL} after every value the order knows.
 */
final class KeyOrder {
    /**
     * The kinds {@link KeyValueType} has always compared natively in unique indexes. The server's own
     * ObjectId was never among them (the driver's class was named instead), so unique-index files
     * order keys holding one elsewhere; this order must not change, or existing files break.
     */
    static final KeyOrder UNIQUE = new KeyOrder(false);
    /** The order of the secondary indexes (new maps): also the server's ObjectIds; any other value last. */
    static final KeyOrder SECONDARY = new KeyOrder(true);

    /** The probe that sorts after every value this order ranks; in {@link #UNIQUE}, before other keys. */
    static final Object TAIL = new Edge(Integer.MAX_VALUE);

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
    private static final int OTHER = 7;

    private final boolean secondary;

    private KeyOrder(boolean secondary) {
        this.secondary = secondary;
    }

    /** A probe before every value of the kind. */
    static Object below(int kind) {
        return new Edge(kind);
    }

    /** A rank per kind of value; -1 for a value {@link #UNIQUE} leaves to H2's own comparison. */
    int kind(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Number) {
            return 1;
        } else if (value instanceof String) {
            return 2;
        } else if (value instanceof org.bson.types.ObjectId
                || secondary && value instanceof de.bwaldvogel.mongo.bson.ObjectId) {
            return 3;
        } else if (value instanceof Boolean) {
            return 4;
        } else if (value instanceof Date || value instanceof java.time.Instant) {
            return 5;
        } else if (value instanceof UUID) {
            return 6;
        } else if (value instanceof Edge edge) {
            return edge.kind;
        }
        return secondary ? OTHER : -1;
    }

    /** Whether a query value can be looked up in this order (anything but the catch-all kind). */
    boolean comparable(Object value) {
        int kind = kind(value);
        return kind >= 0 && kind < OTHER;
    }

    int compare(Object a, Object b) {
        int kindA = kind(a);
        int kindB = kind(b);
        if (kindA != kindB) {
            return Integer.compare(kindA, kindB);
        }
        if (a instanceof Edge || b instanceof Edge) {
            return a instanceof Edge ? (b instanceof Edge ? 0 : -1) : 1;
        }
        return kindA == OTHER ? compareOther(a, b) : VALUES.compare(a, b);
    }

    /**
     * Documents, arrays, binary and the rest: by class, then by their JSON text, a total order that
     * survives a round trip through the file (queries never look these up; they only need a place).
     */
    private static int compareOther(Object a, Object b) {
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        return byClass != 0 ? byClass : Json.toCompactJsonValue(a).compareTo(Json.toCompactJsonValue(b));
    }

    /** A probe at the start of a kind; never stored. */
    private record Edge(int kind) {
    }
}
