package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file as a {@code kill -9} leaves it right after a commit holds whole commands: every document its
 * indexes find, and every index entry for each document. Writers insert through the real server while
 * the test commits and copies the file after each commit; each copy is then opened and compared. With
 * the store committed directly ({@code MVStore.commit()} while commands run), some copies hold pending
 * documents the status index cannot find — the recovery scan would never hand them out.
 */
class CommitsAreWholeCommandsTest {
    private static final int WRITERS = 6;
    private static final int COMMITS = 120;

    @TempDir
    Path dir;

    @Test
    void everyCommitIsACutOfWholeCommands() throws Exception {
        Path file = dir.resolve("live.mv");
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        NativeKeyH2Backend backend = new NativeKeyH2Backend(store);
        MongoServer server = new MongoServer(backend);
        List<Path> copies = new ArrayList<>();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("db").getCollection("events");
            events.createIndex(Indexes.ascending("status", "receivedAt"));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong next = new AtomicLong();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Thread writer = new Thread(() -> {
                    while (!stop.get()) {
                        events.insertOne(new Document("_id", "k" + next.incrementAndGet()).append("status", "PENDING")
                                .append("receivedAt", new Date()).append("payload", "x".repeat(300)));
                    }
                });
                writer.start();
                writers.add(writer);
            }
            for (int c = 1; c <= COMMITS; c++) {
                backend.commit();
                Path copy = dir.resolve("after-" + c + ".mv");
                Files.copy(file, copy); // what a kill -9 right after this commit leaves
                copies.add(copy);
                Thread.sleep(2);
            }
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(next.get()).as("the writers kept writing during the commits").isGreaterThan(COMMITS);
        } finally {
            server.shutdownNow();
            store.close();
        }
        List<String> torn = new ArrayList<>();
        for (Path copy : copies) {
            torn.addAll(tornIn(copy));
        }
        assertThat(torn).as("documents and index entries that disagree in a file left after a commit").isEmpty();
    }

    /** What a copy holds that its status index and its documents disagree on. */
    private static List<String> tornIn(Path copy) {
        MVStore store = MVStore.open(copy.toString());
        MongoServer server = new MongoServer(new NativeKeyH2Backend(store));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            MongoCollection<Document> events = client.getDatabase("db").getCollection("events");
            Set<Object> stored = new HashSet<>();
            events.find().projection(Projections.include("_id")).forEach(d -> stored.add(d.get("_id")));
            Set<Object> indexed = new HashSet<>();
            events.find(Filters.and(Filters.eq("status", "PENDING"), Filters.lt("receivedAt", new Date(Long.MAX_VALUE))))
                    .projection(Projections.include("_id")).forEach(d -> indexed.add(d.get("_id")));
            Set<Object> unseen = new TreeSet<>(stored);
            unseen.removeAll(indexed);
            Set<Object> ghosts = new TreeSet<>(indexed);
            ghosts.removeAll(stored);
            List<String> torn = new ArrayList<>();
            if (!unseen.isEmpty()) {
                torn.add(copy.getFileName() + ": stored, not found by the status index: " + unseen);
            }
            if (!ghosts.isEmpty()) {
                torn.add(copy.getFileName() + ": found by the status index, not stored: " + ghosts);
            }
            return torn;
        } finally {
            server.shutdownNow();
            store.close();
        }
    }
}
