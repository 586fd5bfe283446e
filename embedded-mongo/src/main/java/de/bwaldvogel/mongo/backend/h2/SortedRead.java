package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A sorted query with a limit, read in index order where the index already sorts as asked: after
 * one value per leading field, its next fields are the sort's first fields, ascending (the outbox's
 * due-scan by rank and age, a chat's next page). Such a plan is read until it has yielded enough
 * matches and then only while the sort fields keep the last one's values (ties the rest of the sort
 * may still order); other plans of an {@code $or} are read whole. The caller sorts and limits what
 * comes back, which holds the first documents of the whole sort.
 */
final class SortedRead {
    private SortedRead() {
    }

    /** The documents to sort and limit, by position; null when no plan is in the sort's order. */
    static Map<Object, Document> candidates(List<IndexPlan> plans, Document orderBy, int wanted,
            Function<Object, Document> documents, Predicate<Document> matches) {
        List<Integer> ordered = plans.stream().map(plan -> sortFieldsInIndexOrder(plan, orderBy)).toList();
        if (ordered.stream().allMatch(fields -> fields == 0)) {
            return null;
        }
        Set<Object> seen = new HashSet<>();
        Map<Object, Document> read = new HashMap<>();
        for (int i = 0; i < plans.size(); i++) {
            IndexPlan plan = plans.get(i);
            int fields = ordered.get(i);
            IndexScan scan = new IndexScan(plan);
            int matched = 0;
            List<Object> boundary = null;
            while (scan.hasNext()) {
                Object position = scan.next();
                if (boundary != null && beyond(boundary, sortValues(scan.lastKey(), plan, fields), plan.index.order())) {
                    break; // every later key sorts after the documents read
                }
                Document document = seen.add(position) ? documents.apply(position) : null;
                if (document == null || !matches.test(document)) {
                    continue;
                }
                read.put(position, document);
                if (fields > 0 && boundary == null && ++matched >= wanted) {
                    List<Object> values = sortValues(scan.lastKey(), plan, fields);
                    if (values.stream().allMatch(plan.index.order()::sortsLikeTheServer)) {
                        boundary = values;
                    }
                }
            }
        }
        return read;
    }

    /**
     * How many of the sort's first fields the plan reads in order: they must follow its looked-up
     * fields in a secondary index without arrays, ascending, and the plan must look up one value per
     * field (several would interleave several ordered runs).
     */
    private static int sortFieldsInIndexOrder(IndexPlan plan, Document orderBy) {
        if (!(plan.index instanceof H2SecondaryIndex) || plan.index.multikey()
                || plan.values.stream().anyMatch(values -> values.size() != 1)) {
            return 0;
        }
        List<String> fields = plan.index.fields();
        int next = plan.values.size();
        int count = 0;
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            boolean ascending = sort.getValue() instanceof Number direction && direction.intValue() == 1;
            if (next + count >= fields.size() || !ascending || !fields.get(next + count).equals(sort.getKey())) {
                break;
            }
            count++;
        }
        return count;
    }

    private static boolean beyond(List<Object> boundary, List<Object> values, KeyOrder order) {
        for (int i = 0; i < boundary.size(); i++) {
            if (order.compare(values.get(i), boundary.get(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> sortValues(KeyValue key, IndexPlan plan, int fields) {
        List<Object> values = new ArrayList<>(fields);
        for (int i = 0; i < fields; i++) {
            values.add(key.get(plan.values.size() + i));
        }
        return values;
    }
}
