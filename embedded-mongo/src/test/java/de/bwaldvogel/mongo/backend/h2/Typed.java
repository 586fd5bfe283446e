package de.bwaldvogel.mongo.backend.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A value spelled out with the class of every part, in order: two values with the same spelling have
 * the same types, values and field order (a map's {@code equals} ignores the order, and a number's
 * class is not part of a document's equality in every library).
 */
final class Typed {
    private Typed() {
    }

    /** A value and its class: equal when both are. */
    record Leaf(String type, Object value) {
    }

    static Object of(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<Object> entries = new ArrayList<>();
            map.forEach((key, element) -> entries.add(List.of(String.valueOf(key), of(element))));
            return List.of("map", entries);
        }
        if (value instanceof List<?> list) {
            return List.of("list", list.stream().map(Typed::of).toList());
        }
        if (value instanceof byte[] bytes) {
            return "byte[]:" + java.util.Arrays.toString(bytes);
        }
        if (value instanceof de.bwaldvogel.mongo.bson.BsonRegularExpression regex) {
            return new Leaf(regex.getClass().getName(), regex.toString()); // it has no equals
        }
        return value == null ? "null" : new Leaf(value.getClass().getName(), value);
    }
}
