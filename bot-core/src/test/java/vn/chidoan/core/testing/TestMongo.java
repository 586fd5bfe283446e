package vn.chidoan.core.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.NativeKeyH2Backend;
import java.net.InetSocketAddress;
import org.h2.mvstore.MVStore;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The embedded wire-protocol MongoDB the app uses by default (mongo-java-server on the app's H2
 * backend with native index keys, here in memory), reached over TCP by the real driver. Tests get a
 * fresh database per instance.
 */
public final class TestMongo implements AutoCloseable {
    private final NativeKeyH2Backend backend;
    private final MongoServer server;
    private final MongoClient client;
    private final String uri;

    public TestMongo() {
        backend = new NativeKeyH2Backend(MVStore.open(null));
        server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        uri = "mongodb://127.0.0.1:" + address.getPort();
        client = MongoClients.create(uri);
    }

    public MongoTemplate template(String database) {
        return new MongoTemplate(client, database);
    }

    public MongoTemplate template() {
        return template("test");
    }

    /** Documents the server read to answer queries on the collection so far (index keys alone are not counted). */
    public long documentsExamined(String database, String collection) {
        return backend.documentsExamined(database, collection);
    }

    public String uri() {
        return uri;
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
