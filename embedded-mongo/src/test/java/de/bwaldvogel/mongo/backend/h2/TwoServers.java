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
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;

/** The same data on this backend (in memory) and on a {@link Reference}, which says what a query returns. */
final class TwoServers implements AutoCloseable {
    private static final String DATABASE = "db";
    private static final AtomicInteger REFERENCE_DATABASES = new AtomicInteger();

    private final NativeKeyH2Backend backend = new NativeKeyH2Backend(MVStore.open(null));
    private final MongoServer ours = new MongoServer(backend);
    private final MongoClient oursClient = MongoClients.create("mongodb://127.0.0.1:" + ours.bind().getPort());
    private final Reference.Opened reference;
    private final String referenceDatabase = "reference" + REFERENCE_DATABASES.incrementAndGet();

    TwoServers(Reference reference) {
        this.reference = reference.open();
    }

    TwoServers() {
        this(Reference.STOCK_FULL_SCAN);
    }

    MongoCollection<Document> ours(String collection) {
        return oursClient.getDatabase(DATABASE).getCollection(collection);
    }

    MongoCollection<Document> reference(String collection) {
        return reference.client().getDatabase(referenceDatabase).getCollection(collection);
    }

    /** Whether the reference returns unsorted results, and ties, in this backend's order (the stock backend does). */
    boolean referenceKeepsOrder() {
        return reference.keepsOrder();
    }

    void createIndex(String collection, Bson keys) {
        createIndex(collection, keys, new IndexOptions());
    }

    void createIndex(String collection, Bson keys, IndexOptions options) {
        ours(collection).createIndex(keys, options);
        reference(collection).createIndex(keys, options);
    }

    void insert(String collection, List<Document> documents) {
        ours(collection).insertMany(copies(documents));
        reference(collection).insertMany(copies(documents));
    }

    /** Documents this backend read to answer queries on the collection so far. */
    long examined(String collection) {
        return backend.documentsExamined(DATABASE, collection);
    }

    static List<Document> all(FindIterable<Document> found) {
        return found.into(new ArrayList<>());
    }

    /**
     * What the reference returns for a query, through an aggregation's {@code $match}: on the stock
     * backend that reads the whole collection whatever its indexes (a find uses its unique indexes,
     * and looks {@code $in: [null]} up in a sparse one, missing the documents without the field).
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
        return reference(collection).aggregate(pipeline).into(new ArrayList<>());
    }

    /** The number of matches on the reference. */
    long matches(String collection, Bson filter) {
        return reference(collection).countDocuments(filter);
    }

    private static List<Document> copies(List<Document> documents) {
        return documents.stream().map(Document::new).toList();
    }

    @Override
    public void close() {
        oursClient.close();
        ours.shutdownNow();
        reference.close().run();
    }
}
