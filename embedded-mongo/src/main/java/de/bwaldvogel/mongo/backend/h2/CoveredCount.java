package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A count answered from an index's keys alone, when the index decides the whole filter: every
 * condition is one value set ({@code $eq}, {@code $in}, a plain value) or bounds ({@code $gt} …
 * {@code $lte}) on one of its fields, with plain values (strings, numbers, booleans, ids, dates,
 * UUIDs; no null, which also matches a missing field), and the index's plan checks each of them
 * exactly — the values looked up or filtered, the range whole. The outbox's depth gauge counts
 * PENDING and SENDING entries every 15 s: 20,000 waiting replies meant 20,000 documents read and
 * copied per count. Anything else is counted by reading the matches, as before.
 */
final class CoveredCount {
    private CoveredCount() {
    }

    /** The number of documents the filter matches, from the best index that decides it; -1 when none does. */
    static long count(Document filter, List<ScannableIndex> indexes) {
        Map<String, Asked> asked = new HashMap<>();
        if (filter.isEmpty() || !collect(filter, asked)) {
            return -1;
        }
        Conditions conditions = Conditions.of(filter);
        IndexPlan best = null;
        for (ScannableIndex index : indexes) {
            IndexPlan plan = IndexPlan.of(index, conditions);
            if (plan != null && decides(plan, asked) && (best == null || plan.score() > best.score())) {
                best = plan;
            }
        }
        if (best == null) {
            return -1;
        }
        long count = 0;
        Iterator<Object> positions = best.index.multikey() ? IndexPlanner.positions(List.of(best)) : new IndexScan(best);
        for (; positions.hasNext(); positions.next()) {
            count++;
        }
        return count;
    }

    /** What the filter asks of one field: how many value sets and bounds, and whether the bounds are of one kind. */
    private static final class Asked {
        int valueSets;
        int bounds;
        Class<?> boundKind;
        boolean mixedBounds;

        void bound(Object value) {
            bounds++;
            Class<?> kind = value instanceof Number ? Number.class : value instanceof Date ? Instant.class : value.getClass();
            mixedBounds |= boundKind != null && boundKind != kind;
            boundKind = kind;
        }
    }

    private static boolean collect(Document filter, Map<String, Asked> asked) {
        for (Map.Entry<String, Object> entry : filter.entrySet()) {
            String key = entry.getKey();
            if (key.equals("$and") && entry.getValue() instanceof List<?> parts) {
                for (Object part : parts) {
                    if (!(part instanceof Document document) || !collect(document, asked)) {
                        return false;
                    }
                }
            } else if (key.startsWith("$") || !plainPath(key)
                    || !conditions(entry.getValue(), asked.computeIfAbsent(key, path -> new Asked()))) {
                return false;
            }
        }
        // a range of one kind: the index reads one kind, and a bound of another kind would be dropped
        return asked.values().stream().allMatch(field -> field.valueSets + field.bounds > 0 && !field.mixedBounds
                && (field.valueSets == 0 || field.valueSets == 1 && field.bounds == 0));
    }

    private static boolean conditions(Object value, Asked field) {
        if (!(value instanceof Document operators)) {
            field.valueSets++;
            return plain(value);
        }
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Object operand = operator.getValue();
            switch (operator.getKey()) {
                case "$eq" -> field.valueSets++;
                case "$in" -> field.valueSets++;
                case "$gt", "$gte", "$lt", "$lte" -> {
                    if (plain(operand)) {
                        field.bound(operand);
                    }
                }
                default -> {
                    return false;
                }
            }
            boolean plainOperand = operand instanceof List<?> values && operator.getKey().equals("$in")
                    ? values.stream().allMatch(CoveredCount::plain) : plain(operand);
            if (!plainOperand) {
                return false;
            }
        }
        return !operators.isEmpty();
    }

    /** Whether the plan checks every condition exactly on the keys. */
    private static boolean decides(IndexPlan plan, Map<String, Asked> asked) {
        List<String> fields = plan.index.fields();
        for (Map.Entry<String, Asked> entry : asked.entrySet()) {
            int position = fields.indexOf(entry.getKey());
            Asked field = entry.getValue();
            boolean decided;
            if (position < 0) {
                decided = false;
            } else if (position < plan.values.size()) {
                decided = field.valueSets == 1;
            } else if (position == plan.values.size() && plan.interval != null) {
                // a multikey index's range keeps one bound (IndexPlan.Interval)
                decided = plan.interval != IndexPlan.Interval.ANY && (field.bounds == 1 || !plan.index.multikey());
            } else {
                decided = plan.filters.stream().anyMatch(filter -> filter.position() == position
                        && (filter.values() != null ? field.valueSets == 1 : field.bounds == 1));
            }
            if (!decided) {
                return false;
            }
        }
        return true;
    }

    /** A path without array positions ({@code items.0}), which index keys do not spell. */
    private static boolean plainPath(String path) {
        for (String part : path.split("\\.")) {
            if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean plain(Object value) {
        return value instanceof String || value instanceof Integer || value instanceof Long
                || value instanceof Double number && !number.isNaN() || value instanceof Boolean
                || value instanceof de.bwaldvogel.mongo.bson.ObjectId || value instanceof Instant
                || value instanceof Date || value instanceof UUID;
    }
}
