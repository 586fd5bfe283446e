package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with unique indexes that compare their keys natively. The stock
 * backend opens index maps with H2's default key type, which compares {@code KeyValue} keys by
 * Java-serializing both sides on every comparison: profiling the webhook benchmark put a third of
 * the app's CPU there. This backend opens the same maps with {@link KeyValueType}, which stores keys
 * exactly as before (the file format is unchanged) but compares them without serializing.
 * It lives in the library's package because the index class it builds is package-private.
 */
public final class NativeKeyH2Backend extends H2Backend {

    public NativeKeyH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return NativeKeyH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }
}
