package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Readers never see a document change under them: while one client keeps adding and removing fields of
 * documents (nested ones too), others keep reading them, and the server answers every read (the stock
 * collection handed out its stored instances, changed in place by the next update while the reply was
 * still being encoded: {@code ConcurrentModificationException}, logged, and no answer).
 */
class DocumentsReadWhileUpdatedTest {

    @Test
    void aDocumentUpdatedWhileItIsReadIsAlwaysReadWhole() throws Exception {
        ListAppender<ILoggingEvent> serverLog = new ListAppender<>();
        serverLog.start();
        Logger encoder = (Logger) LoggerFactory.getLogger("de.bwaldvogel.mongo.wire");
        encoder.addAppender(serverLog);
        MongoServer server = new MongoServer(new NativeKeyH2Backend(MVStore.open(null)));
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try (MongoClient writer = MongoClients.create(uri); MongoClient reader = MongoClients.create(uri)) {
            MongoCollection<Document> written = writer.getDatabase("db").getCollection("outbox");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                Document message = new Document("text", "x");
                for (int k = 0; k < 40; k++) {
                    message.append("k" + k, "value " + k);
                }
                batch.add(new Document("_id", "e" + i).append("rev", 0L).append("message", message));
            }
            written.insertMany(batch);
            long until = System.nanoTime() + 5_000_000_000L;
            Future<?> writing = threads.submit(() -> {
                for (long rev = 0; System.nanoTime() < until; rev++) {
                    String field = "message.extra" + rev % 5;
                    written.updateMany(new Document(), Updates.combine(Updates.inc("rev", 1L),
                            rev % 2 == 0 ? Updates.unset(field) : Updates.set(field, "added"),
                            rev % 3 == 0 ? Updates.unset("lease") : Updates.set("lease", "owner-" + rev)));
                }
                return null;
            });
            MongoCollection<Document> read = reader.getDatabase("db").getCollection("outbox");
            List<Future<Integer>> reading = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                reading.add(threads.submit(() -> {
                    int reads = 0;
                    while (System.nanoTime() < until) {
                        assertThat(read.find().into(new ArrayList<>())).hasSize(300);
                        reads++;
                    }
                    return reads;
                }));
            }
            writing.get();
            for (Future<Integer> reads : reading) {
                assertThat(reads.get()).isPositive();
            }
        } finally {
            threads.shutdownNow();
            server.shutdownNow();
            encoder.detachAppender(serverLog);
        }
        assertThat(serverLog.list).as("replies the server could not encode")
                .noneMatch(event -> event.getLevel().isGreaterOrEqual(Level.ERROR));
    }
}
