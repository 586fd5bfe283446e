package de.bwaldvogel.mongo.backend.h2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.bson.Document;

/**
 * Random documents and queries over a few fields that take every kind of value an index meets —
 * numbers of several types, strings, dates, null, missing, arrays (empty too), embedded documents —
 * and every condition the indexes read, mixed with some they leave to the matcher.
 */
final class RandomQueries {
    static final List<String> FIELDS = List.of("a", "b", "c", "d", "u");

    private final Random random;

    RandomQueries(long seed) {
        this.random = new Random(seed);
    }

    List<Document> documents(int count) {
        return IntStream.range(0, count).mapToObj(this::document).toList();
    }

    Document document(int i) {
        Document document = new Document("_id", i % 3 == 0 ? "id" + i : i);
        put(document, "a", this::anyValue);
        put(document, "b", () -> random.nextInt(5));
        put(document, "c", () -> "c" + random.nextInt(4));
        put(document, "d", this::date);
        if (random.nextInt(4) > 0) {
            document.append("u", i);
        }
        return document;
    }

    private void put(Document document, String field, java.util.function.Supplier<Object> value) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            return; // missing
        }
        document.append(field, roll == 1 ? null : value.get());
    }

    private Object anyValue() {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextInt(6);
            case 1 -> (long) random.nextInt(6);
            case 2 -> random.nextInt(6) + (random.nextBoolean() ? 0.0 : 0.5);
            case 3 -> "s" + random.nextInt(5);
            case 4 -> date();
            case 5 -> random.nextBoolean();
            case 6 -> new Document("x", random.nextInt(2));
            default -> IntStream.range(0, random.nextInt(4)).mapToObj(j -> scalar()).toList();
        };
    }

    private Object scalar() {
        return switch (random.nextInt(3)) {
            case 0 -> random.nextInt(6);
            case 1 -> "s" + random.nextInt(5);
            default -> date();
        };
    }

    private Date date() {
        return new Date(1_000_000_000_000L + random.nextInt(20) * 86_400_000L);
    }

    /** A random query: a few conditions, at times inside {@code $and} or {@code $or}. */
    Document query() {
        Document query = conditions(1 + random.nextInt(3));
        int roll = random.nextInt(6);
        if (roll == 0) {
            return new Document("$and", List.of(query, conditions(1)));
        } else if (roll == 1) {
            return query.append("$or", List.of(conditions(1 + random.nextInt(2)), conditions(1 + random.nextInt(2))));
        } else if (roll == 2) {
            // bounds in separate conditions: on an array, each may hold for a different element
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            Document bounds = new Document("$and", List.of(new Document(field, new Document("$gte", bound(field))),
                    new Document(field, new Document("$lt", bound(field)))));
            return switch (random.nextInt(3)) {
                case 0 -> bounds;
                case 1 -> bounds.append("c", value("c"));
                default -> bounds.append("c", value("c")).append("d", new Document("$gt", date())); // bounds as a filter
            };
        }
        return query;
    }

    private Document conditions(int count) {
        Document conditions = new Document();
        for (int i = 0; i < count; i++) {
            String field = FIELDS.get(random.nextInt(FIELDS.size()));
            conditions.put(field, condition(field));
        }
        return conditions;
    }

    private Object condition(String field) {
        return switch (random.nextInt(9)) {
            case 0 -> value(field);
            case 1 -> new Document("$eq", value(field));
            case 2 -> new Document("$in", IntStream.range(0, random.nextInt(6)).mapToObj(i -> value(field)).toList());
            case 3 -> new Document(random.nextBoolean() ? "$gt" : "$gte", bound(field));
            case 4 -> new Document(random.nextBoolean() ? "$lt" : "$lte", bound(field));
            case 5 -> new Document("$gte", bound(field)).append("$lt", bound(field));
            case 6 -> new Document("$exists", random.nextBoolean());
            case 7 -> new Document("$ne", value(field));
            default -> new Document("$in", Arrays.asList(value(field), value(field))).append("$gt", bound(field));
        };
    }

    private Object value(String field) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        return switch (field) {
            case "a" -> random.nextInt(4) == 0 ? scalar() : anyScalarKind();
            case "b" -> random.nextBoolean() ? random.nextInt(5) : (double) random.nextInt(5);
            case "c" -> "c" + random.nextInt(5);
            case "d" -> date();
            default -> random.nextInt(40);
        };
    }

    private Object anyScalarKind() {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(6);
            case 1 -> random.nextInt(6) + 0.5;
            case 2 -> "s" + random.nextInt(5);
            default -> random.nextBoolean();
        };
    }

    private Object bound(String field) {
        return switch (field) {
            case "a" -> random.nextBoolean() ? (Object) random.nextInt(6) : "s" + random.nextInt(5);
            case "c" -> "c" + random.nextInt(5);
            case "d" -> date();
            default -> random.nextInt(40);
        };
    }

    /** A random change to the fields the indexes hold. */
    Document update() {
        String field = FIELDS.get(random.nextInt(4));
        return random.nextInt(4) == 0 ? new Document("$unset", new Document(field, ""))
                : new Document("$set", new Document(field, field.equals("a") ? anyValue() : value(field)));
    }

    List<Object> someIds(int count, int of) {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int id = random.nextInt(of);
            ids.add(id % 3 == 0 ? "id" + id : id);
        }
        return ids;
    }
}
