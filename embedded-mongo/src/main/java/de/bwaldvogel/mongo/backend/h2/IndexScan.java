package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.IndexPlan.Interval;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.h2.mvstore.Cursor;

/**
 * Reads a plan's positions from its index: for each combination of looked-up values (in key order),
 * a cursor from the first key with that prefix (and the range's lower end), while keys keep the
 * prefix and stay in the range. A unique index's unordered tail (keys H2 compares itself) is read
 * last, key by key. Lazy, so a limit stops the reading. Positions are never null.
 */
final class IndexScan extends Lookahead<Object> {
    private enum Step { MATCH, SKIP, STOP }

    private final IndexPlan plan;
    private final KeyOrder order;
    private final Iterator<List<Object>> prefixes;
    private List<Object> prefix;
    private Cursor<KeyValue, ?> cursor;
    private boolean inTail;
    private KeyValue lastKey;

    IndexScan(IndexPlan plan) {
        this.plan = plan;
        this.order = plan.index.order();
        this.prefixes = new Combinations(plan.values);
    }

    @Override
    protected Object findNext() {
        while (true) {
            if (cursor != null && cursor.hasNext()) {
                KeyValue key = cursor.next();
                Step step = inTail ? (inRange(key) ? Step.MATCH : Step.SKIP) : step(key);
                if (step == Step.MATCH) {
                    lastKey = key;
                    return plan.index.position(key, cursor.getValue());
                } else if (step == Step.STOP) {
                    cursor = null;
                }
            } else if (!inTail && prefixes.hasNext()) {
                prefix = prefixes.next();
                cursor = plan.index.map().cursor(probe(prefix));
            } else if (!inTail && plan.index.hasTail()) {
                inTail = true;
                cursor = plan.index.map().cursor(new KeyValue(KeyOrder.TAIL));
            } else {
                return null;
            }
        }
    }

    /** The key of the position found last. */
    KeyValue lastKey() {
        return lastKey;
    }

    /** The first key a prefix (and the range's lower end) can have; null for the first key of all. */
    private KeyValue probe(List<Object> values) {
        List<Object> start = new ArrayList<>(values);
        Interval interval = plan.interval;
        if (bounded()) {
            start.add(interval.lower() != null ? interval.lower() : KeyOrder.below(interval.kind()));
        }
        return start.isEmpty() ? null : new KeyValue(start);
    }

    private Step step(KeyValue key) {
        if (plan.index.hasTail() && !KeyValueType.simple(key)) {
            return Step.STOP; // the tail: read once at the end
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (order.compare(key.get(i), prefix.get(i)) != 0) {
                return Step.STOP;
            }
        }
        Step step = bounded() ? stepInInterval(plan.interval, key.get(prefix.size())) : Step.MATCH;
        return step == Step.MATCH && !passesFilters(key) ? Step.SKIP : step;
    }

    private boolean passesFilters(KeyValue key) {
        for (IndexPlan.Filter filter : plan.filters) {
            Object value = key.get(filter.position());
            boolean passes = filter.values() != null ? isOneOf(value, filter.values())
                    : order.kind(value) >= 0 && stepInInterval(filter.range(), value) == Step.MATCH;
            if (!passes) {
                return false;
            }
        }
        return true;
    }

    private boolean isOneOf(Object value, List<Object> sortedValues) {
        return order.kind(value) >= 0 && Collections.binarySearch(sortedValues, value, order::compare) >= 0;
    }

    private boolean bounded() {
        return plan.interval != null && plan.interval != Interval.ANY;
    }

    private Step stepInInterval(Interval interval, Object value) {
        int kind = order.kind(value);
        if (kind != interval.kind()) {
            return kind > interval.kind() ? Step.STOP : Step.SKIP;
        }
        if (interval.lower() != null) {
            int fromLower = order.compare(value, interval.lower());
            if (fromLower < 0 || fromLower == 0 && !interval.lowerInclusive()) {
                return Step.SKIP;
            }
        }
        if (interval.upper() != null) {
            int toUpper = order.compare(value, interval.upper());
            if (toUpper > 0 || toUpper == 0 && !interval.upperInclusive()) {
                return Step.STOP;
            }
        }
        return Step.MATCH;
    }

    /** For a tail key, in no order: whether it has a looked-up value on each leading field, fits the range and passes the filters. */
    private boolean inRange(KeyValue key) {
        for (int i = 0; i < plan.values.size(); i++) {
            if (!isOneOf(key.get(i), plan.values.get(i))) {
                return false;
            }
        }
        if (bounded()) {
            Object value = key.get(plan.values.size());
            if (order.kind(value) < 0 || stepInInterval(plan.interval, value) != Step.MATCH) {
                return false;
            }
        }
        return passesFilters(key);
    }

    /** Every combination of one value per list, in order (none when a list is empty; one empty one when there are no lists). */
    private static final class Combinations implements Iterator<List<Object>> {
        private final List<List<Object>> lists;
        private final int[] at;
        private boolean more;

        Combinations(List<List<Object>> lists) {
            this.lists = lists;
            this.at = new int[lists.size()];
            this.more = lists.stream().noneMatch(List::isEmpty);
        }

        @Override
        public boolean hasNext() {
            return more;
        }

        @Override
        public List<Object> next() {
            if (!more) {
                throw new NoSuchElementException();
            }
            List<Object> combination = new ArrayList<>(lists.size());
            for (int i = 0; i < lists.size(); i++) {
                combination.add(lists.get(i).get(at[i]));
            }
            advance();
            return combination;
        }

        private void advance() {
            for (int i = lists.size() - 1; i >= 0; i--) {
                if (++at[i] < lists.get(i).size()) {
                    return;
                }
                at[i] = 0;
            }
            more = false;
        }
    }
}
