package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * The collection's data size is counted without encoding each document, and is the stock
 * collection's figure: a document's count is its BSON's length for every server type, and
 * {@code collStats}' size after the same inserts, updates and deletes is the stock backend's.
 */
class BsonSizeTest {
    private static final long SEED = 51205L;

    @Test
    void aDocumentsSizeIsTheLengthOfItsBsonForEveryServerType() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2_000; i++) {
            Document document = BsonDocumentTypeTest.document(random, 0);
            document.put("tên " + i, text(random));
            assertThat(BsonSize.of(document)).as("%s (seed %d)", document, SEED).isEqualTo(encodedLength(document));
        }
    }

    @Test
    void aValueTheEncoderRefusesIsRefusedAsTheStockCountRefusesIt() {
        Document document = new Document("_id", 1).append("lost", Missing.getInstance());
        assertThatThrownBy(() -> BsonSize.of(document)).isInstanceOf(MongoServerException.class)
                .hasMessageContaining("Failed to calculate document size");
    }

    @Test
    void collStatsSizeIsTheStockBackendsAfterInsertsUpdatesAndDeletes() {
        long stock = sizeAfterWork(new de.bwaldvogel.mongo.backend.h2.H2Backend(MVStore.open(null)));
        long ours = sizeAfterWork(new NativeKeyH2Backend(MVStore.open(null)));
        assertThat(ours).isEqualTo(stock).isGreaterThan(0);
    }

    private static long sizeAfterWork(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<org.bson.Document> things = client.getDatabase("db").getCollection("things");
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            for (int i = 0; i < 300; i++) {
                things.insertOne(new org.bson.Document("_id", i).append("key", "k" + i).append("text", "Đoàn viên " + i)
                        .append("tags", List.of("a", i)));
            }
            things.updateMany(Filters.lt("_id", 100), Updates.combine(Updates.set("text", "đã sửa 🙂"), Updates.inc("n", 1L)));
            things.updateOne(Filters.eq("_id", 150), Updates.unset("tags"));
            things.updateOne(Filters.eq("_id", 999), Updates.set("key", "new"), new com.mongodb.client.model.UpdateOptions().upsert(true));
            things.findOneAndUpdate(Filters.eq("_id", 151), Updates.push("tags", "b"));
            things.findOneAndDelete(Filters.eq("_id", 152));
            things.deleteMany(Filters.gte("_id", 250));
            things.replaceOne(Filters.eq("_id", 5), new org.bson.Document("key", "k5").append("short", true));
            return client.getDatabase("db").runCommand(new org.bson.Document("collStats", "things")).get("size", Number.class)
                    .longValue();
        } finally {
            server.shutdownNow();
        }
    }

    private static String text(Random random) {
        List<Function<Random, String>> pieces = new ArrayList<>(List.of(r -> "a", r -> "é", r -> "ễ", r -> "🙂",
                r -> "\uD83D", r -> "\uDE42", r -> "\u0000", r -> "\u07FF", r -> "\u0800"));
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            text.append(pieces.get(random.nextInt(pieces.size())).apply(random));
        }
        return text.toString();
    }

    private static int encodedLength(Document document) {
        ByteBuf buffer = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, buffer);
            return buffer.writerIndex();
        } finally {
            buffer.release();
        }
    }
}
