package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages after the {@code $match} of a count as the driver sends it ({@code countDocuments}):
 * perhaps {@code $skip} and {@code $limit}, then a {@code $group} of one constant {@code _id} whose
 * fields each sum 1. Its answer follows from the number of matches alone, so those need not be read.
 */
record CountPipeline(Object id, List<String> fields, long skip, long limit) {

    /** The count the stages make, or null when they do anything else. */
    static CountPipeline of(List<?> stages) {
        long skip = 0;
        long limit = 0;
        int at = 0;
        if (at < stages.size() && operand(stages.get(at), "$skip") instanceof Number number) {
            skip = number.longValue();
            at++;
        }
        if (at < stages.size() && operand(stages.get(at), "$limit") instanceof Number number) {
            limit = number.longValue();
            at++;
        }
        if (at != stages.size() - 1 || !(operand(stages.get(at), "$group") instanceof Document group)
                || !group.containsKey("_id") || !constant(group.get("_id")) || skip < 0 || limit < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        for (String field : group.keySet()) {
            if (!field.equals("_id")) {
                if (!(group.get(field) instanceof Document sum) || sum.size() != 1
                        || !Integer.valueOf(1).equals(sum.get("$sum"))) { // a sum of longs or doubles has their type
                    return null;
                }
                fields.add(field);
            }
        }
        return new CountPipeline(group.get("_id"), fields, skip, limit);
    }

    /** What the stages give for this many matches: nothing for none, as a group over no documents. */
    List<Document> answer(long matches) {
        long counted = Math.max(0, matches - skip);
        if (limit > 0) {
            counted = Math.min(counted, limit);
        }
        if (counted == 0) {
            return List.of();
        }
        Document result = new Document("_id", id);
        Number sum = counted <= Integer.MAX_VALUE ? (Number) (int) counted : (Number) counted;
        fields.forEach(field -> result.append(field, sum));
        return List.of(result);
    }

    private static Object operand(Object stage, String operator) {
        return stage instanceof Document document && document.size() == 1 ? document.get(operator) : null;
    }

    /** A value, not an expression: a field path ({@code "$x"}) or an operator document would group by something. */
    private static boolean constant(Object id) {
        return id == null || id instanceof Number || id instanceof Boolean
                || id instanceof String text && !text.startsWith("$");
    }
}
