package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The indexes make a document's keys the short way for top-level fields ({@link IndexedFields}) and
 * a unique index looks a new key up once: the keys are the stock index's, class for class, for every
 * shape of document, and a unique index still refuses a duplicate however it comes (an insert, an
 * update, inserts racing on several connections).
 */
class IndexKeysTest {
    private static final long SEED = 1205L;
    private static final List<List<String>> FIELD_SETS = List.of(List.of("x"), List.of("x", "y"), List.of("n.z"),
            List.of("x", "n.z"), List.of("_id"));

    @TempDir
    Path dir;

    @Test
    void keysAreTheStockIndexsKeysForEveryShapeOfDocument() {
        MVStore store = MVStore.open(null);
        Random random = new Random(SEED);
        int compared = 0;
        for (List<String> fields : FIELD_SETS) {
            List<IndexKey> keys = fields.stream().map(field -> new IndexKey(field, true)).toList();
            MVMap<KeyValue, Object> map = store.openMap("index" + compared);
            Index<Object> stock = new H2UniqueIndex(map, "stock", keys, false);
            Index<Object> unique = new ScannableUniqueIndex(map, "unique", keys, false);
            Index<Object> secondary = new H2SecondaryIndex(store.openMap("secondary" + compared), store.openMap("meta"),
                    "secondary", keys, false);
            for (int i = 0; i < 500; i++) {
                Document document = document(random);
                Object expected = keysOrError(stock, document);
                assertThat(keysOrError(unique, document)).as("unique %s of %s (seed %d)", fields, document, SEED)
                        .isEqualTo(expected);
                assertThat(keysOrError(secondary, document)).as("secondary %s of %s (seed %d)", fields, document, SEED)
                        .isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(FIELD_SETS.size() * 500);
    }

    @Test
    void anUpdateOntoATakenKeyIsRefusedAndChangesNothing() {
        withCollection(things -> {
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            things.insertOne(new org.bson.Document("_id", 1).append("key", "a"));
            things.insertOne(new org.bson.Document("_id", 2).append("key", "b"));

            assertThatThrownBy(() -> things.updateOne(new org.bson.Document("_id", 2), Updates.set("key", "a")))
                    .hasMessageContaining("duplicate key");
            assertThat(things.find(new org.bson.Document("_id", 2)).first()).containsEntry("key", "b");
            assertThat(things.find(new org.bson.Document("key", "a")).first()).containsEntry("_id", 1);
            things.updateOne(new org.bson.Document("_id", 2), Updates.set("key", "c"));
            things.insertOne(new org.bson.Document("_id", 3).append("key", "b"));
            assertThat(things.countDocuments(new org.bson.Document("key", "c"))).isEqualTo(1);
        });
    }

    @Test
    void insertsRacingOnOneKeyStoreItOnce() throws Exception {
        withCollection(things -> {
            things.createIndex(Indexes.ascending("key", "rev"), new IndexOptions().unique(true));
            int writers = 6;
            int keys = 150;
            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    done.add(pool.submit(() -> {
                        for (int k = 0; k < keys; k++) {
                            try {
                                things.insertOne(new org.bson.Document("_id", writer + ":" + k).append("key", "k" + k)
                                        .append("rev", 0L));
                            } catch (MongoWriteException e) {
                                assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                                refused.incrementAndGet();
                            }
                        }
                    }));
                }
                for (Future<?> each : done) {
                    each.get();
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                pool.shutdown();
            }
            assertThat(things.countDocuments()).isEqualTo(keys);
            assertThat(refused.get()).isEqualTo((writers - 1) * keys);
            for (int k = 0; k < keys; k++) {
                assertThat(things.countDocuments(new org.bson.Document("key", "k" + k).append("rev", 0L))).isEqualTo(1);
            }
        });
    }

    private static Object keysOrError(Index<Object> index, Document document) {
        try {
            return Typed.of(index.getKeyValues(document).stream().map(key -> key.stream().toList()).toList());
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static Document document(Random random) {
        Document document = new Document("_id", value(random, 0));
        for (String field : List.of("x", "y", "n")) {
            if (random.nextInt(6) > 0) {
                document.put(field, field.equals("n") && random.nextBoolean() ? nested(random) : value(random, 0));
            }
        }
        return document;
    }

    private static Document nested(Random random) {
        return random.nextInt(4) == 0 ? new Document() : new Document("z", value(random, 1));
    }

    private static Object value(Random random, int depth) {
        Function<Random, Object>[] kinds = kinds(depth);
        return kinds[random.nextInt(kinds.length)].apply(random);
    }

    @SuppressWarnings("unchecked")
    private static Function<Random, Object>[] kinds(int depth) {
        List<Function<Random, Object>> kinds = new ArrayList<>(Arrays.asList(random -> null, random -> random.nextInt(3),
                random -> (long) random.nextInt(3), random -> random.nextInt(3) + 0.5, random -> -0.0,
                random -> "s" + random.nextInt(3), Random::nextBoolean, random -> java.time.Instant.ofEpochSecond(random.nextInt(3))));
        if (depth < 2) {
            kinds.add(random -> List.of());
            kinds.add(random -> Arrays.asList(value(random, depth + 1), value(random, depth + 1)));
            kinds.add(random -> List.of(new Document("z", value(random, depth + 1)), "plain"));
            kinds.add(random -> new Document("z", value(random, depth + 1)));
        }
        return kinds.toArray(Function[]::new);
    }

    private void withCollection(java.util.function.Consumer<MongoCollection<org.bson.Document>> use) {
        MongoServer server = new MongoServer(new NativeKeyH2Backend(MVStore.open(dir.resolve("keys.mv").toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("db").getCollection("things"));
        } finally {
            server.shutdownNow();
        }
    }
}
