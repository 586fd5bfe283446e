package de.bwaldvogel.mongo.backend.h2;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Path;
import org.bson.Document;
import org.h2.mvstore.MVStore;

/** This backend's server on a data file, opened and closed as the app does across restarts. */
final class EmbeddedFile implements AutoCloseable {
    private final NativeKeyH2Backend backend;
    private final MongoServer server;
    private final MongoClient client;

    EmbeddedFile(Path file) {
        backend = new NativeKeyH2Backend(MVStore.open(file.toString()));
        server = new MongoServer(backend);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
    }

    MongoCollection<Document> things() {
        return client.getDatabase("db").getCollection("things");
    }

    long examined() {
        return backend.documentsExamined("db", "things");
    }

    /** The documents a query reads here. */
    long readFor(Document filter) {
        long before = examined();
        things().find(filter).into(new java.util.ArrayList<>());
        return examined() - before;
    }

    /** The entries of an index, as the server's {@code validate} command counts them. */
    long keysIn(String index) {
        Document validated = client.getDatabase("db").runCommand(new Document("validate", "things"));
        return ((Number) validated.get("keysPerIndex", Document.class).get(index)).longValue();
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
