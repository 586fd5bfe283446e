package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Chooses how a query reads the collection: the best index for its conditions, or for an
 * {@code $or}, the best index for each branch (with the conditions around it) when every branch has
 * one better than the query's own — the union of the branches' documents then holds every match.
 */
final class IndexPlanner {
    private IndexPlanner() {
    }

    /** The plans whose positions together hold every document the query can match; null when no index helps. */
    static List<IndexPlan> plan(Document query, List<ScannableIndex> indexes) {
        Conditions conditions = Conditions.of(query);
        IndexPlan whole = best(conditions, indexes);
        List<IndexPlan> branches = new ArrayList<>();
        for (Document branch : conditions.or()) {
            IndexPlan plan = best(conditions.and(branch), indexes);
            if (plan == null || whole != null && plan.score() <= whole.score()) {
                branches = null;
                break;
            }
            branches.add(plan);
        }
        if (branches != null && !branches.isEmpty()) {
            return branches;
        }
        return whole == null ? null : List.of(whole);
    }

    private static IndexPlan best(Conditions conditions, List<ScannableIndex> indexes) {
        IndexPlan best = null;
        for (ScannableIndex index : indexes) {
            IndexPlan plan = IndexPlan.of(index, conditions);
            if (plan != null && (best == null || plan.score() > best.score())) {
                best = plan;
            }
        }
        return best;
    }

    /** The plans' positions, each once, lazily. */
    static Iterator<Object> positions(List<IndexPlan> plans) {
        return new Lookahead<>() {
            private final Iterator<IndexPlan> remaining = plans.iterator();
            private final Set<Object> seen = new HashSet<>();
            private Iterator<Object> scan = remaining.hasNext() ? new IndexScan(remaining.next()) : null;

            @Override
            protected Object findNext() {
                while (scan != null) {
                    if (scan.hasNext()) {
                        Object position = scan.next();
                        if (seen.add(position)) {
                            return position;
                        }
                    } else {
                        scan = remaining.hasNext() ? new IndexScan(remaining.next()) : null;
                    }
                }
                return null;
            }
        };
    }
}
