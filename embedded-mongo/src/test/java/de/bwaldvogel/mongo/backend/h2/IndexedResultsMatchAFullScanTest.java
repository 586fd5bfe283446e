package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the data and the query, reading through the indexes returns exactly what the stock
 * backend's full scan returns — the same documents in the same order (ties too), the same counts,
 * the same first few under a sort an index gives — before and after random updates and deletes move
 * the documents' keys around.
 */
class IndexedResultsMatchAFullScanTest {
    private static final int DOCUMENTS = 300;
    private static final int QUERIES = 120;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomQueriesOnRandomDataReturnWhatAFullScanReturns(long seed) {
        RandomQueries random = new RandomQueries(seed);
        try (TwoServers servers = new TwoServers()) {
            servers.createIndex("things", Indexes.ascending("a"));
            servers.createIndex("things", Indexes.ascending("b", "c"));
            servers.createIndex("things", Indexes.ascending("c", "a"));
            servers.createIndex("things", Indexes.ascending("c", "d", "a"));
            servers.createIndex("things", Indexes.ascending("d"), new IndexOptions().sparse(true));
            servers.createIndex("things", Indexes.ascending("u"), new IndexOptions().unique(true).sparse(true));
            servers.insert("things", random.documents(DOCUMENTS));

            int compared = compareQueries(servers, random);

            for (int i = 0; i < 80; i++) {
                Document which = new Document("_id", new Document("$in", random.someIds(5, DOCUMENTS)));
                Document change = random.update();
                servers.ours("things").updateMany(which, change);
                servers.reference("things").updateMany(which, change);
            }
            Document gone = new Document("_id", new Document("$in", random.someIds(40, DOCUMENTS)));
            servers.ours("things").deleteMany(gone);
            servers.reference("things").deleteMany(gone);
            compared += compareQueries(servers, random);

            assertThat(compared).as("queries the stock backend could answer").isGreaterThan(QUERIES);
            assertThat(servers.ours("things").countDocuments()).isEqualTo(servers.reference("things").countDocuments());
        }
    }

    private static int compareQueries(TwoServers servers, RandomQueries random) {
        int compared = 0;
        for (int i = 0; i < QUERIES; i++) {
            Document query = random.query();
            if (sameAnswers(query, () -> servers.scanned("things", query, null, 0),
                    () -> TwoServers.all(servers.ours("things").find(query)))
                    && sameAnswers(query, () -> servers.scanned("things", query, Sorts.ascending("_id"), 7),
                            () -> TwoServers.all(servers.ours("things").find(query).sort(Sorts.ascending("_id")).limit(7)))
                    && sameAnswers(query, () -> servers.scanned("things", query, Sorts.ascending("c", "d"), 5),
                            () -> TwoServers.all(servers.ours("things").find(query).sort(Sorts.ascending("c", "d")).limit(5)))
                    && sameAnswers(query, () -> servers.scanned("things", query, Sorts.ascending("d"), 5),
                            () -> TwoServers.all(servers.ours("things").find(query).sort(Sorts.ascending("d")).limit(5)))
                    && sameAnswers(query, () -> (long) servers.scanned("things", query, null, 0).size(),
                            () -> servers.ours("things").countDocuments(query))) {
                compared++;
            }
        }
        return compared;
    }

    /** False when the stock backend cannot answer the query (its matcher fails on some documents). */
    private static boolean sameAnswers(Document query, Supplier<Object> fullScan, Supplier<Object> ours) {
        Object expected;
        try {
            expected = fullScan.get();
        } catch (MongoException stockFails) {
            return false;
        }
        assertThat(ours.get()).as("answer to %s", query.toJson()).isEqualTo(expected);
        return true;
    }
}
