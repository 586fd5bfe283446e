package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend that answers queries with its indexes. The stock backend ignores
 * non-unique indexes, uses a unique one only for a query on exactly its fields, and matches
 * {@code $in} by comparing each document with every value of the list, so most queries read the whole
 * collection. Here non-unique and compound indexes are kept in the file and read by value, prefix,
 * range and {@code $or} branch ({@link NativeKeyH2Database}, {@link NativeKeyH2Collection}).
 * Unique-index keys compare natively ({@link KeyValueType}): the stock backend compares them by
 * Java-serializing both sides on every comparison, a third of the app's CPU in the webhook benchmark.
 * It lives in the library's package because the classes it extends are package-private.
 */
public final class NativeKeyH2Backend extends H2Backend {

    public NativeKeyH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return NativeKeyH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * The documents read to answer queries on a collection since it was opened: for tests that prove a
     * query used an index (it reads the matches, not the collection). 0 for an unknown collection.
     */
    public long documentsExamined(String database, String collection) {
        MongoCollection<?> found = resolveDatabase(database).resolveCollection(collection, false);
        return found instanceof NativeKeyH2Collection ours ? ours.documentsExamined() : 0;
    }
}
