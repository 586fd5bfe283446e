package de.bwaldvogel.mongo.backend.h2;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;

/**
 * The same data on two embedded servers: this backend, and mongo-java-server's stock H2 backend,
 * which answers any query not on a unique index's exact fields by matching every document — the
 * reference for what a query returns. In memory.
 */
final class TwoServers implements AutoCloseable {
    private static final String DATABASE = "db";

    private final NativeKeyH2Backend backend = new NativeKeyH2Backend(MVStore.open(null));
    private final MongoServer ours = new MongoServer(backend);
    private final MongoServer stock = new MongoServer(new H2Backend(MVStore.open(null)));
    private final MongoClient oursClient = MongoClients.create("mongodb://127.0.0.1:" + ours.bind().getPort());
    private final MongoClient stockClient = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort());

    MongoCollection<Document> ours(String collection) {
        return oursClient.getDatabase(DATABASE).getCollection(collection);
    }

    MongoCollection<Document> stock(String collection) {
        return stockClient.getDatabase(DATABASE).getCollection(collection);
    }

    void createIndex(String collection, Bson keys) {
        createIndex(collection, keys, new IndexOptions());
    }

    void createIndex(String collection, Bson keys, IndexOptions options) {
        ours(collection).createIndex(keys, options);
        stock(collection).createIndex(keys, options);
    }

    void insert(String collection, List<Document> documents) {
        ours(collection).insertMany(copies(documents));
        stock(collection).insertMany(copies(documents));
    }

    /** Documents this backend read to answer queries on the collection so far. */
    long examined(String collection) {
        return backend.documentsExamined(DATABASE, collection);
    }

    static List<Document> all(FindIterable<Document> found) {
        return found.into(new ArrayList<>());
    }

    /**
     * What the stock backend's full scan returns for a query: an aggregation's {@code $match} stage
     * reads the whole collection there, whatever its indexes (a find uses its unique indexes, and
     * looks {@code $in: [null]} up in a sparse one, missing the documents without the field).
     */
    List<Document> scanned(String collection, Bson filter, Bson sort, int limit) {
        List<Bson> pipeline = new ArrayList<>();
        pipeline.add(Aggregates.match(filter));
        if (sort != null) {
            pipeline.add(Aggregates.sort(sort));
        }
        if (limit > 0) {
            pipeline.add(Aggregates.limit(limit));
        }
        return stock(collection).aggregate(pipeline).into(new ArrayList<>());
    }

    private static List<Document> copies(List<Document> documents) {
        return documents.stream().map(document -> new Document(document)).toList();
    }

    @Override
    public void close() {
        oursClient.close();
        stockClient.close();
        ours.shutdownNow();
        stock.shutdownNow();
    }
}
