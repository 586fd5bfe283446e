package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Json;
import de.bwaldvogel.mongo.bson.LegacyUUID;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
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
    /**
     * The order of the secondary indexes (new maps): every value has a kind, ranked as the server
     * sorts types (null, numbers, strings, documents, arrays, binary, UUIDs, ObjectIds, booleans,
     * dates, …), so reading such an index in order reads in the order a sort on its fields asks for.
     */
    static final KeyOrder SECONDARY = new KeyOrder(true);

    /** The probe that sorts after every value this order ranks; in {@link #UNIQUE}, before other keys. */
    static final Object TAIL = new Edge(Integer.MAX_VALUE);

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();
    /** Secondary kinds, in the server's sort order of types; each value of a kind below is compared as the server compares it. */
    private static final List<Class<?>> SORTED_KINDS = List.of(MinKey.class, Void.class, Number.class, String.class,
            Map.class, List.class, BinData.class, LegacyUUID.class, UUID.class, de.bwaldvogel.mongo.bson.ObjectId.class,
            Boolean.class, Instant.class, BsonTimestamp.class, BsonRegularExpression.class, MaxKey.class);
    private static final int NULL = 1;
    private static final int INSTANT = SORTED_KINDS.indexOf(Instant.class);
    /** Kinds whose values the server compares inconsistently or not at all: ordered by their JSON text here. */
    private static final List<Integer> BY_TEXT = List.of(4, 5, 13);
    private static final int UNKNOWN = SORTED_KINDS.size();
    /**
     * The secondary kind of each class, found once: the first of {@link #SORTED_KINDS} it is an instance
     * of. A B-tree look-up compares a key with a dozen others, each component's kind on both sides; the
     * search through the list was a tenth of the embedded server's CPU in a webhook flood.
     */
    private static final ClassValue<Integer> KIND_OF_CLASS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            for (int kind = 0; kind < SORTED_KINDS.size(); kind++) {
                if (SORTED_KINDS.get(kind).isAssignableFrom(type)) {
                    return kind;
                }
            }
            return UNKNOWN;
        }
    };

    private final boolean secondary;

    private KeyOrder(boolean secondary) {
        this.secondary = secondary;
    }

    /** A probe before every value of the kind. */
    static Object below(int kind) {
        return new Edge(kind);
    }

    /** A rank per kind of value; in {@link #UNIQUE}, -1 for a value left to H2's own comparison. */
    int kind(Object value) {
        if (value instanceof Edge edge) {
            return edge.kind;
        }
        return secondary ? secondaryKind(value) : uniqueKind(value);
    }

    private static int uniqueKind(Object value) {
        if (value == null) {
            return 0;
        } else if (value instanceof Number) {
            return 1;
        } else if (value instanceof String) {
            return 2;
        } else if (value instanceof org.bson.types.ObjectId) {
            return 3;
        } else if (value instanceof Boolean) {
            return 4;
        } else if (value instanceof Date || value instanceof Instant) {
            return 5;
        } else if (value instanceof UUID) {
            return 6;
        }
        return -1;
    }

    private static int secondaryKind(Object value) {
        if (value == null) {
            return NULL;
        } else if (value instanceof Date) {
            return INSTANT;
        }
        return KIND_OF_CLASS.get(value.getClass());
    }

    /**
     * Whether a query value can be looked up in this order: a value the server matches by equality of
     * its normalized form and ranges within its kind (null, numbers, strings, ids, booleans, dates, UUIDs).
     */
    boolean comparable(Object value) {
        return value == null || value instanceof Number || value instanceof String || value instanceof Boolean
                || value instanceof Date || value instanceof Instant || value instanceof UUID
                || value instanceof de.bwaldvogel.mongo.bson.ObjectId && secondary
                || value instanceof org.bson.types.ObjectId;
    }

    /**
     * Whether keys of this kind read in this order come in the order a sort asks for, as do all keys of
     * later kinds (documents and arrays, ordered by their text here, do not).
     */
    boolean sortsLikeTheServer(Object value) {
        int kind = kind(value);
        return secondary && !byText(kind);
    }

    /** Component by component; a prefix sorts before the keys that extend it. */
    int compareKeys(KeyValue x, KeyValue y) {
        int shared = Math.min(x.size(), y.size());
        for (int i = 0; i < shared; i++) {
            int order = compare(x.get(i), y.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.size(), y.size());
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
        if (secondary && byText(kindA)) {
            return compareByText(a, b);
        }
        return compareWithinKind(a, b);
    }

    private static boolean byText(int kind) {
        return kind == UNKNOWN || BY_TEXT.contains(kind);
    }

    /**
     * Two values of one kind, as the server's comparator orders them, without its search for each
     * value's type: strings, dates, booleans, ids and UUIDs of one class, and numbers (the server
     * compares numbers as longs when either is one after its normalisation, else as doubles).
     * Anything else goes to the server's comparator. {@code KeyOrderTest} holds it to that comparator.
     */
    private static int compareWithinKind(Object a, Object b) {
        if (a == b) {
            return 0; // two nulls too (an absent lease, say), as the server's comparator starts
        }
        if (a != null && b != null && a.getClass() == b.getClass()) {
            if (a instanceof String x) {
                return x.compareTo((String) b);
            } else if (a instanceof Instant x) {
                return x.compareTo((Instant) b);
            } else if (a instanceof Boolean x) {
                return Boolean.compare(x, (Boolean) b);
            } else if (a instanceof de.bwaldvogel.mongo.bson.ObjectId x) {
                return x.compareTo((de.bwaldvogel.mongo.bson.ObjectId) b);
            } else if (a instanceof UUID x) {
                return compareAsText(x, (UUID) b);
            }
        }
        if (a instanceof Number x && b instanceof Number y && !(x instanceof Decimal128) && !(y instanceof Decimal128)) {
            Number first = Utils.normalizeNumber(x);
            Number second = Utils.normalizeNumber(y);
            return first instanceof Long || second instanceof Long ? Long.compare(first.longValue(), second.longValue())
                    : Double.compare(first.doubleValue(), second.doubleValue());
        }
        return VALUES.compare(a, b);
    }

    /**
     * UUIDs as the server orders them, by their text: fixed-width lower-case hexadecimal, so the order
     * of the 128-bit number read unsigned.
     */
    private static int compareAsText(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /**
     * By class, then by JSON text: a total order that survives a round trip through the file (queries
     * never look these values up; they only need a place).
     */
    private static int compareByText(Object a, Object b) {
        int byClass = a.getClass().getName().compareTo(b.getClass().getName());
        return byClass != 0 ? byClass : Json.toCompactJsonValue(a).compareTo(Json.toCompactJsonValue(b));
    }

    /** A probe at the start of a kind; never stored. */
    private record Edge(int kind) {
    }
}
