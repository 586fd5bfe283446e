package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a query asks of each top-level field (through {@code $and} too), in the terms an index can
 * answer: values ({@code $eq}, {@code $in}, a plain value), bounds ({@code $gt}, {@code $gte},
 * {@code $lt}, {@code $lte}) and presence ({@code $exists: true}). Everything else is left to the
 * matcher, which checks every document an index yields against the whole query: an index only has to
 * yield a superset of the matches, so ignoring a condition is always safe.
 */
final class Conditions {
    private final Map<String, Field> fields = new LinkedHashMap<>();
    private List<Document> or = List.of();

    private Conditions() {
    }

    static Conditions of(Document query) {
        Conditions conditions = new Conditions();
        conditions.addAll(query);
        return conditions;
    }

    /** The branches of the query's (first) {@code $or}; empty when it has none. */
    List<Document> or() {
        return or;
    }

    /** These conditions and a branch's: what a document matching through that branch satisfies. */
    Conditions and(Document branch) {
        Conditions both = new Conditions();
        fields.forEach((path, field) -> both.fields.put(path, field.copy()));
        both.addAll(branch);
        both.or = List.of();
        return both;
    }

    Field field(String path) {
        return fields.get(path);
    }

    private void addAll(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            if (key.equals("$and") && value instanceof List<?> parts) {
                parts.stream().filter(Document.class::isInstance).forEach(part -> addAll((Document) part));
            } else if (key.equals("$or") && value instanceof List<?> branches && or.isEmpty()
                    && !branches.isEmpty() && branches.stream().allMatch(Document.class::isInstance)) {
                or = branches.stream().map(Document.class::cast).toList();
            } else if (!key.startsWith("$")) {
                fields.computeIfAbsent(key, path -> new Field()).add(value);
            }
        }
    }

    /** A bound on a field's values, normalized as index keys are. */
    record Bound(Object value, boolean lower, boolean inclusive) {
    }

    /** What the query asks of one field. */
    static final class Field {
        private final List<List<Object>> valueSets = new ArrayList<>();
        private final List<Bound> bounds = new ArrayList<>();
        private boolean present;

        private Field copy() {
            Field copy = new Field();
            copy.valueSets.addAll(valueSets);
            copy.bounds.addAll(bounds);
            copy.present = present;
            return copy;
        }

        /** Each set of values the field must take one of (several when the query repeats the field). */
        List<List<Object>> valueSets() {
            return valueSets;
        }

        List<Bound> bounds() {
            return bounds;
        }

        /** Whether the query asks that the field exist. */
        boolean present() {
            return present;
        }

        private void add(Object value) {
            if (isOperators(value)) {
                ((Document) value).forEach(this::addOperator);
            } else if (!(value instanceof Document) && !(value instanceof Collection)) {
                valueSets.add(normalized(nullable(value)));
            }
        }

        private void addOperator(String operator, Object operand) {
            switch (operator) {
                case "$eq" -> {
                    if (!(operand instanceof Collection) && !(operand instanceof Document)) {
                        valueSets.add(normalized(nullable(operand)));
                    }
                }
                case "$in" -> {
                    if (operand instanceof Collection<?> values) {
                        valueSets.add(normalized(values));
                    }
                }
                case "$gt" -> bounds.add(new Bound(normalizedOne(operand), true, false));
                case "$gte" -> bounds.add(new Bound(normalizedOne(operand), true, true));
                case "$lt" -> bounds.add(new Bound(normalizedOne(operand), false, false));
                case "$lte" -> bounds.add(new Bound(normalizedOne(operand), false, true));
                case "$exists" -> present |= Utils.isTrue(operand);
                default -> {
                    // left to the matcher
                }
            }
        }

        private static boolean isOperators(Object value) {
            return value instanceof Document document && !document.isEmpty()
                    && document.keySet().iterator().next().startsWith("$");
        }

        /** A list that can hold null ({@code List.of} cannot). */
        private static List<Object> nullable(Object value) {
            List<Object> one = new ArrayList<>(1);
            one.add(value);
            return one;
        }

        private static List<Object> normalized(Collection<?> values) {
            if (values.isEmpty()) {
                return List.of();
            }
            List<Object> normalized = new ArrayList<>(values.size());
            new KeyValue(values).normalized().forEach(normalized::add);
            return normalized;
        }

        private static Object normalizedOne(Object value) {
            return normalized(nullable(value)).get(0);
        }
    }
}
