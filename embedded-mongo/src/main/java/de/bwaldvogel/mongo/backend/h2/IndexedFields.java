package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An index's fields read from a document the short way when a field is a top-level name. The server
 * reads a field by splitting its path with a regular expression, on every read: an insert or update
 * reads each index's fields several times (check, add, compare old and new), which was a fifth of the
 * embedded server's CPU in a webhook flood (docs/BENCHMARKS.md). A top-level name has one fragment,
 * which the server looks up directly, so this does the same without the split; a dotted path still
 * goes through the server's code.
 */
final class IndexedFields {
    private final List<String> fields;
    private final boolean topLevel;

    IndexedFields(List<String> fields) {
        this.fields = List.copyOf(fields);
        this.topLevel = fields.stream().allMatch(IndexedFields::topLevel);
    }

    /** As the server splits it: no delimiter, and not {@code $} (which the server refuses as a field). */
    private static boolean topLevel(String field) {
        return field.indexOf('.') < 0 && !field.equals("$");
    }

    List<String> names() {
        return fields;
    }

    int size() {
        return fields.size();
    }

    /** The value the server's collection-aware read gives: {@code Missing} for an absent field. */
    static Object value(Document document, String field) {
        return topLevel(field) ? document.getOrMissing(field) : Utils.getSubdocumentValueCollectionAware(document, field);
    }

    /**
     * The document's one key as it stands, not normalized, when every field is top-level and none
     * holds an array; null when the server's code must make the keys (an array makes one per element).
     */
    KeyValue singleKey(Document document) {
        if (!topLevel) {
            return null;
        }
        List<Object> values = new ArrayList<>(fields.size());
        for (String field : fields) {
            Object value = document.getOrMissing(field);
            if (value instanceof Collection<?>) {
                return null;
            }
            values.add(value);
        }
        return new KeyValue(values);
    }
}
