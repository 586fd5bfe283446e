package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A query's top-level {@code {field: {$in: [values]}}} conditions checked with a hash set, and the
 * rest of the query for the stock matcher. The stock matcher compares a document with every value
 * of the list, so a query with an {@code $in} of thousands cost thousands of comparisons per
 * document. A value matches when, normalized as the server normalizes (1 equals 1.0, a missing field
 * equals null), it is in the set, or — for an array — one of its elements is, as in MongoDB. (The
 * stock matcher also matched an array nested in the array against the list's first value; MongoDB
 * does not, and neither does this.) Only plain field names and plain values (no regular expression,
 * document or array in the list) are taken; anything else stays with the stock matcher.
 */
final class HashedIn {
    private static final KeyOrder PLAIN = KeyOrder.SECONDARY;

    private final Document query;
    private final Document rest;
    private final List<In> ins;

    private HashedIn(Document query, Document rest, List<In> ins) {
        this.query = query;
        this.rest = rest;
        this.ins = ins;
    }

    static HashedIn of(Document query) {
        List<In> ins = new ArrayList<>();
        Document rest = new Document();
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            In in = In.of(entry.getKey(), entry.getValue());
            if (in != null) {
                ins.add(in);
            } else {
                rest.put(entry.getKey(), entry.getValue());
            }
        }
        return new HashedIn(query, ins.isEmpty() ? query : rest, ins);
    }

    /** Whether this was made for that very query object (the matcher is handed the same one per document). */
    boolean isFor(Document candidate) {
        return query == candidate;
    }

    /** The query without the hashed conditions. */
    Document rest() {
        return rest;
    }

    boolean matches(Document document) {
        for (In in : ins) {
            if (!in.matches(document.getOrMissing(in.field))) {
                return false;
            }
        }
        return true;
    }

    private record In(String field, Set<Object> values) {
        static In of(String field, Object condition) {
            if (field.startsWith("$") || field.contains(".") || !(condition instanceof Document operators)
                    || operators.size() != 1 || !(operators.get("$in") instanceof Collection<?> list)) {
                return null;
            }
            Set<Object> values = new HashSet<>();
            for (Object value : list) {
                if (!PLAIN.comparable(value)) {
                    return null;
                }
                values.add(normalized(value));
            }
            return new In(field, values);
        }

        boolean matches(Object value) {
            if (value instanceof Collection<?> elements) {
                return elements.stream().anyMatch(element -> values.contains(normalized(element)));
            }
            return values.contains(normalized(value));
        }

        private static Object normalized(Object value) {
            return new KeyValue(new Object[] {value}).normalized().get(0);
        }
    }
}
