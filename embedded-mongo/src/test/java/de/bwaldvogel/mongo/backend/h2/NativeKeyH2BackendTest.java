package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.Date;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faster index keys keep every behaviour of a unique index, and the file they write reopens. */
class NativeKeyH2BackendTest {
    @TempDir
    Path dir;

    @Test
    void uniqueIndexesStillRejectDuplicatesAndFindByEveryKind() {
        withCollection(dir.resolve("a.mv"), things -> {
            things.createIndex(Indexes.ascending("key", "rev"), new IndexOptions().unique(true));
            for (int i = 0; i < 500; i++) {
                things.insertOne(new Document("_id", "k" + i).append("key", "k" + i).append("rev", (long) i % 7)
                        .append("at", new Date(1_000L * i)));
            }
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "k42"))).hasMessageContaining("duplicate key");
            assertThatThrownBy(() -> things.insertOne(new Document("_id", "x").append("key", "k42").append("rev", 0L)))
                    .hasMessageContaining("duplicate key");
            things.insertOne(new Document("_id", "y").append("key", "k42").append("rev", 1L));

            assertThat(things.find(new Document("key", "k42").append("rev", 0L)).first()).containsEntry("_id", "k42");
            assertThat(things.updateOne(new Document("key", "k43").append("rev", 1L), Updates.inc("rev", 1L))
                    .getModifiedCount()).isEqualTo(1);
            assertThat(things.find(new Document("key", "k43").append("rev", 2L)).first()).isNotNull();
            assertThat(things.countDocuments()).isEqualTo(501);
        });
    }

    @Test
    void indexesWrittenByTheStockBackendAndThisOneReopenFromTheFile() {
        Path file = dir.resolve("b.mv");
        MongoServer stock = new MongoServer(new H2Backend(MVStore.open(file.toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort())) {
            MongoCollection<Document> things = client.getDatabase("db").getCollection("things");
            things.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
            things.insertOne(new Document("_id", 1).append("key", "old"));
        } finally {
            stock.shutdownNow();
        }
        withCollection(file, things -> {
            assertThat(things.find(new Document("key", "old")).first()).containsEntry("_id", 1);
            assertThatThrownBy(() -> things.insertOne(new Document("_id", 2).append("key", "old")))
                    .hasMessageContaining("duplicate key");
            things.insertOne(new Document("_id", 3).append("key", "new"));
        });
        withCollection(file, things -> assertThat(things.find(new Document("key", "new")).first()).containsEntry("_id", 3));
    }

    private static void withCollection(Path file, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(new NativeKeyH2Backend(MVStore.open(file.toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            use.accept(client.getDatabase("db").getCollection("things"));
        } finally {
            server.shutdownNow();
        }
    }
}
