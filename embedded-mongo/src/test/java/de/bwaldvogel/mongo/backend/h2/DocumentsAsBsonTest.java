package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents are stored as BSON: every type the app stores comes back as it was sent (class, value,
 * field order) across restarts, and a data file whose documents the stock backend Java-serialised
 * opens, reads all of them, and takes more.
 */
class DocumentsAsBsonTest {
    @TempDir
    Path dir;

    /** The kinds of values the app's stores write, as the driver sends them. */
    static Document everyType(int i) {
        return new Document("_id", i)
                .append("objectId", new ObjectId(String.format("%024x", 1_000 + i)))
                .append("at", new Date(1_764_900_000_123L + i))
                .append("amount", 5_000L * i)
                .append("count", i)
                .append("ratio", i + 0.25)
                .append("negativeZero", -0.0)
                .append("decimal", new Decimal128(new BigDecimal("5000.2" + i)))
                .append("file", new Binary(new byte[] {1, 2, (byte) i}))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0,
                        1, 2, 3, 4, 5, (byte) i}))
                .append("text", "Chi đoàn Số — họp tháng 12 ✅ " + i)
                .append("flag", i % 2 == 0)
                .append("nothing", null)
                .append("nested", new Document("rev", 3L).append("deeper", new Document("list", List.of(1, "x", 2L))))
                .append("array", List.of(1, 2L, 3.5, "four", new Date(0), new Document("k", "v")))
                .append("emptyArray", List.of())
                .append("emptyDocument", new Document());
    }

    @Test
    void everyTypeTheAppStoresComesBackAsItWasSentAfterARestart() {
        Path file = dir.resolve("types.mv");
        List<Document> sent = IntStream.range(0, 300).mapToObj(DocumentsAsBsonTest::everyType).toList();
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            db.things().insertMany(sent);
            assertThat(typed(db.things().find().sort(Sorts.ascending("_id")).into(new ArrayList<>())))
                    .as("before the restart").isEqualTo(typed(sent));
        }
        assertThat(StoredTags.of(file, "things")).isEqualTo(Map.of(StoredTags.BSON, 300));
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(typed(db.things().find().sort(Sorts.ascending("_id")).into(new ArrayList<>())))
                    .as("read back from the file").isEqualTo(typed(sent));
        }
    }

    @Test
    void aFileWhoseDocumentsWereJavaSerialisedOpensReadsThemAllAndTakesMore() {
        Path file = dir.resolve("stock.mv");
        List<Document> expected = new ArrayList<>(IntStream.range(0, 2_000).mapToObj(DocumentsAsBsonTest::everyType).toList());
        MongoServer stock = new MongoServer(new H2Backend(MVStore.open(file.toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort())) {
            client.getDatabase("db").getCollection("things").createIndex(Indexes.ascending("count"));
            client.getDatabase("db").getCollection("things").insertMany(expected);
        } finally {
            stock.shutdown();
        }
        assertThat(StoredTags.of(file, "things")).as("the stock backend's format").isEqualTo(Map.of(StoredTags.JAVA_SERIALISED, 2_000));

        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(typed(db.things().find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))).isEqualTo(typed(expected));
            db.things().updateMany(new Document("_id", new Document("$gte", 1_990)), Updates.inc("amount", 1L));
            expected.replaceAll(document -> document.getInteger("_id") >= 1_990
                    ? new Document(document).append("amount", document.getLong("amount") + 1) : document);
            List<Document> more = IntStream.range(2_000, 2_500).mapToObj(DocumentsAsBsonTest::everyType).toList();
            db.things().insertMany(more);
            expected.addAll(more);
            assertThat(db.things().find(new Document("count", 1_995)).first()).containsEntry("amount", 5_000L * 1_995 + 1);
        }
        Map<Integer, Integer> tags = StoredTags.of(file, "things");
        assertThat(tags.keySet()).as("untouched pages keep the old format, changed ones are BSON")
                .containsExactlyInAnyOrder(StoredTags.JAVA_SERIALISED, StoredTags.BSON);
        assertThat(tags.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2_500);
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(typed(db.things().find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))).isEqualTo(typed(expected));
            assertThat(db.readFor(new Document("count", 2_100))).as("its index still answers").isEqualTo(1);
        }
    }

    private static Object typed(List<Document> documents) {
        return Typed.of(documents);
    }
}
