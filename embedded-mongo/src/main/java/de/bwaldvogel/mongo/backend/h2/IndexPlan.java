package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.h2.Conditions.Bound;
import de.bwaldvogel.mongo.backend.h2.Conditions.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * How one index answers a query: one of a few values on each leading field (the prefixes to look
 * up), then at most a range — or, on a sparse index, presence — on the next field. Built only when
 * the first field is constrained; the look-ups are capped so a product of {@code $in} lists stays small.
 */
final class IndexPlan {
    static final int MAX_PREFIXES = 1_000_000;

    final ScannableIndex index;
    /** Per leading field, the values to look up, sorted in the index's order and distinct. */
    final List<List<Object>> values;
    /** The range on the field after them, or null. */
    final Interval interval;
    /** Conditions on the fields after those, checked on each key before its document is read. */
    final List<Filter> filters;

    private IndexPlan(ScannableIndex index, List<List<Object>> values, Interval interval, List<Filter> filters) {
        this.index = index;
        this.values = values;
        this.interval = interval;
        this.filters = filters;
    }

    /** The plan for the index, or null when the query does not constrain its first field. */
    static IndexPlan of(ScannableIndex index, Conditions conditions) {
        KeyOrder order = index.order();
        List<List<Object>> values = new ArrayList<>();
        Interval interval = null;
        long prefixes = 1;
        for (String path : index.fields()) {
            Field field = conditions.field(path);
            if (field == null) {
                break;
            }
            // a sparse index lacks the documents without its fields, which a null value would match
            boolean nullMatchesMissing = index.sparse() && values.isEmpty();
            List<Object> lookup = smallestValueSet(field, order, nullMatchesMissing);
            if (lookup != null && prefixes * Math.max(1, lookup.size()) <= MAX_PREFIXES) {
                prefixes *= Math.max(1, lookup.size());
                values.add(lookup);
                continue;
            }
            if (lookup == null) {
                interval = Interval.of(field.bounds(), order, index.multikey());
                if (interval == null && field.present() && index.sparse()) {
                    interval = Interval.ANY;
                }
            }
            break;
        }
        if (values.isEmpty() && interval == null) {
            return null;
        }
        int firstFiltered = values.size() + (interval == null ? 0 : 1);
        return new IndexPlan(index, values, interval, filters(index, conditions, firstFiltered));
    }

    /**
     * One condition per later field (a value set, else a range). On a multikey index a document has a
     * key per element of its one indexed array, with the same other values, so a single condition per
     * field still holds on one of its keys when the document matches.
     */
    private static List<Filter> filters(ScannableIndex index, Conditions conditions, int from) {
        List<Filter> filters = new ArrayList<>();
        List<String> fields = index.fields();
        for (int i = from; i < fields.size(); i++) {
            Field field = conditions.field(fields.get(i));
            if (field == null) {
                continue;
            }
            List<Object> lookup = smallestValueSet(field, index.order(), false);
            Interval range = lookup == null ? Interval.of(field.bounds(), index.order(), true) : null;
            if (lookup != null || range != null) {
                filters.add(new Filter(i, lookup, range));
            }
        }
        return filters;
    }

    private static List<Object> smallestValueSet(Field field, KeyOrder order, boolean refuseNull) {
        List<Object> smallest = null;
        for (List<Object> set : field.valueSets()) {
            boolean usable = set.stream().allMatch(value -> order.comparable(value) && !(refuseNull && value == null));
            if (usable && (smallest == null || set.size() < smallest.size())) {
                smallest = set;
            }
        }
        if (smallest == null) {
            return null;
        }
        List<Object> sorted = new ArrayList<>(smallest);
        sorted.sort(order::compare);
        List<Object> distinct = new ArrayList<>(sorted.size());
        for (Object value : sorted) {
            if (distinct.isEmpty() || order.compare(distinct.get(distinct.size() - 1), value) != 0) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    /**
     * How good the plan is: whole keys of a unique index first (one document per look-up), then the
     * number of fields looked up by value, then a range on the next one, then the later fields checked
     * on the keys.
     */
    int score() {
        boolean wholeUniqueKey = index instanceof ScannableUniqueIndex && values.size() == index.fields().size();
        int range = interval == null ? 0 : interval == Interval.ANY ? 10 : 20;
        return (wholeUniqueKey ? 10_000 : 0) + 100 * values.size() + range + filters.size();
    }

    /** A condition on the key's component at a position: one of the values (sorted), or in the range. */
    record Filter(int position, List<Object> values, Interval range) {
    }

    /** A range of one kind of value; {@link #ANY} is every value. Bounds are null when open. */
    record Interval(int kind, Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {
        static final Interval ANY = new Interval(-1, null, false, null, false);

        /**
         * The bounds of the first bound's kind (a value of another kind matches no range). On a
         * multikey index only one bound: {@code {$gt: 1, $lt: 5}} matches {@code [0, 9]} there (one
         * element above 1, another below 5), which no single key between 1 and 5 would find.
         */
        static Interval of(List<Bound> bounds, KeyOrder order, boolean multikey) {
            List<Bound> usable = bounds.stream().filter(bound -> order.comparable(bound.value())).toList();
            if (usable.isEmpty()) {
                return null;
            }
            int kind = order.kind(usable.get(0).value());
            Bound lower = null;
            Bound upper = null;
            for (Bound bound : multikey ? usable.subList(0, 1) : usable) {
                if (order.kind(bound.value()) != kind) {
                    continue;
                }
                if (bound.lower()) {
                    lower = tighter(lower, bound, order, 1);
                } else {
                    upper = tighter(upper, bound, order, -1);
                }
            }
            return new Interval(kind, lower == null ? null : lower.value(), lower != null && lower.inclusive(),
                    upper == null ? null : upper.value(), upper != null && upper.inclusive());
        }

        private static Bound tighter(Bound current, Bound candidate, KeyOrder order, int direction) {
            if (current == null) {
                return candidate;
            }
            int order1 = order.compare(candidate.value(), current.value()) * direction;
            return order1 > 0 || order1 == 0 && !candidate.inclusive() ? candidate : current;
        }
    }
}
