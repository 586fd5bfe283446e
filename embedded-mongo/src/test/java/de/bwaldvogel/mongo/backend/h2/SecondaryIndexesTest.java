package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Non-unique indexes live in the data file: they survive a restart, are built when a file written
 * without them opens, follow every insert, update and delete, and forget an array only when dropped.
 */
class SecondaryIndexesTest {
    @TempDir
    Path dir;

    private static List<Document> members(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Document("_id", "m" + i).append("branch", "b" + i % 50)
                .append("status", i % 4 == 0 ? "LEFT" : "ACTIVE")).toList();
    }

    @Test
    void anIndexSurvivesARestartOnTheSameFile() {
        Path file = dir.resolve("restart.mv");
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            db.things().createIndex(Indexes.ascending("branch", "status"));
            db.things().insertMany(members(1_000));
        }
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(db.keysIn("branch_1_status_1")).isEqualTo(1_000);
            Document roster = new Document("branch", "b8").append("status", "ACTIVE");
            assertThat(db.things().countDocuments(roster)).isEqualTo(10);
            assertThat(db.readFor(roster)).isEqualTo(10);
            db.things().insertOne(new Document("_id", "new").append("branch", "b8").append("status", "ACTIVE"));
        }
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(db.readFor(new Document("branch", "b8").append("status", "ACTIVE"))).isEqualTo(11);
        }
    }

    @Test
    void aFileWrittenByTheStockBackendGetsItsIndexesBuiltWhenItOpens() {
        Path file = dir.resolve("stock.mv");
        MongoServer stock = new MongoServer(new H2Backend(MVStore.open(file.toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort())) {
            client.getDatabase("db").getCollection("things").createIndex(Indexes.ascending("branch"));
            client.getDatabase("db").getCollection("things").insertMany(members(500));
        } finally {
            stock.shutdown();
        }
        try (EmbeddedFile db = new EmbeddedFile(file)) {
            assertThat(db.keysIn("branch_1")).isEqualTo(500);
            assertThat(db.readFor(new Document("branch", "b3"))).isEqualTo(10);
        }
    }

    @Test
    void anUpdateMovesTheEntryAndADeleteRemovesIt() {
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("moves.mv"))) {
            db.things().createIndex(Indexes.ascending("branch", "status"));
            db.things().insertMany(members(200));

            db.things().updateOne(new Document("_id", "m5"), Updates.set("branch", "elsewhere"));
            assertThat(db.things().find(new Document("branch", "b5")).map(d -> d.get("_id")).into(new ArrayList<>()))
                    .doesNotContain("m5").hasSize(3);
            assertThat(db.readFor(new Document("branch", "b5"))).isEqualTo(3);
            assertThat(db.things().find(new Document("branch", "elsewhere")).first()).containsEntry("_id", "m5");
            assertThat(db.readFor(new Document("branch", "elsewhere"))).isEqualTo(1);

            db.things().updateOne(new Document("_id", "m6"), Updates.unset("branch"));
            assertThat(db.things().find(new Document("branch", null)).first()).containsEntry("_id", "m6");
            assertThat(db.readFor(new Document("branch", null))).isEqualTo(1);

            db.things().replaceOne(new Document("_id", "m7"), new Document("branch", "b8").append("status", "LEFT"));
            assertThat(db.readFor(new Document("branch", "b8").append("status", "LEFT"))).isEqualTo(3);

            db.things().deleteMany(new Document("branch", "b9"));
            assertThat(db.keysIn("branch_1_status_1")).isEqualTo(196);
            assertThat(db.readFor(new Document("branch", "b9"))).isZero();
        }
    }

    @Test
    void boundsFromSeparateConditionsFindAnArrayWhoseElementsEachMeetOne() {
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("multikey.mv"))) {
            db.things().createIndex(Indexes.ascending("scores"));
            db.things().createIndex(Indexes.ascending("team", "day", "scores"));
            db.things().insertMany(IntStream.range(0, 100).mapToObj(i -> new Document("_id", i).append("team", "t")
                    .append("day", i).append("scores", i == 42 ? List.of(1, 9) : List.of(100 + i))).toList());
            // 9 >= 5 and 1 < 3: MongoDB matches, though no element lies between 5 and 3
            Document split = new Document("$and", List.of(new Document("scores", new Document("$gte", 5)),
                    new Document("scores", new Document("$lt", 3))));
            assertThat(db.things().find(split).first()).containsEntry("_id", 42);
            Document asFilter = new Document(split).append("team", "t").append("day", new Document("$gt", 40));
            assertThat(db.things().find(asFilter).first()).containsEntry("_id", 42);
        }
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("multikey.mv"))) {
            Document split = new Document("$and", List.of(new Document("scores", new Document("$gte", 5)),
                    new Document("scores", new Document("$lt", 3))));
            assertThat(db.things().find(split).first()).as("multikey after a restart").containsEntry("_id", 42);
        }
    }

    @Test
    void aRebuiltIndexForgetsTheArraysItNoLongerHoldsSoItsRangesBoundBothSides() {
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("drop.mv"))) {
            db.things().createIndex(Indexes.ascending("n"));
            db.things().insertOne(new Document("_id", "array").append("n", List.of(1, 2)));
            db.things().deleteOne(new Document("_id", "array"));
            db.things().dropIndex("n_1");
            db.things().insertMany(IntStream.range(0, 100).mapToObj(i -> new Document("_id", i).append("n", i)).toList());
            db.things().createIndex(Indexes.ascending("n"));
            assertThat(db.readFor(new Document("n", new Document("$gte", 10).append("$lt", 20)))).isEqualTo(10);
        }
    }

    @Test
    void twoIndexedArraysInOneDocumentAreRefusedBeforeAnythingIsStored() {
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("parallel.mv"))) {
            db.things().createIndex(Indexes.ascending("a", "b"));
            assertThatThrownBy(() -> db.things().insertOne(new Document("_id", 1).append("a", List.of(1)).append("b", List.of(2))))
                    .hasMessageContaining("parallel arrays");
            assertThat(db.things().countDocuments()).isZero();
        }
    }

    @Test
    void aSparseIndexAnswersPresenceButNotNull() {
        try (EmbeddedFile db = new EmbeddedFile(dir.resolve("sparse.mv"))) {
            db.things().createIndex(Indexes.ascending("due"), new IndexOptions().sparse(true));
            db.things().insertMany(IntStream.range(0, 100).mapToObj(i -> i % 10 == 0
                    ? new Document("_id", i).append("due", i == 0 ? List.of() : i)
                    : new Document("_id", i)).toList());
            assertThat(db.things().countDocuments(new Document("due", new Document("$exists", true)))).isEqualTo(10);
            assertThat(db.readFor(new Document("due", new Document("$exists", true)))).isEqualTo(10);
            assertThat(db.things().countDocuments(new Document("due", null))).isEqualTo(90);
        }
    }
}
