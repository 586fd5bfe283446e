package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An {@link H2Database} whose unique indexes use {@link KeyValueType} (see {@link NativeKeyH2Backend})
 * and whose collections hand out copies ({@link CopyOnReadH2Collection}).
 */
final class NativeKeyH2Database extends H2Database {
    /** The store while the super constructor opens the existing indexes, before our field is set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private NativeKeyH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static NativeKeyH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new NativeKeyH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    /** The stock collection's maps ({@code databases.<ns>}, {@code meta.<ns>}), in a copy-on-read collection. */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        MVStore mvStore = store != null ? store : OPENING.get();
        String namespace = getFullCollectionNamespace(collectionName);
        return new CopyOnReadH2Collection(this, collectionName, options, mvStore.openMap("databases." + namespace),
                mvStore.openMap("meta." + namespace), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVStore mvStore = store != null ? store : OPENING.get();
        MVMap<KeyValue, Object> map = mvStore.openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        return new H2UniqueIndex(map, indexName, keys, sparse);
    }
}
