package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An {@link H2Database} whose unique indexes use {@link KeyValueType} and can be read by prefix and
 * range, whose non-unique indexes are real ({@link H2SecondaryIndex}) instead of ignored, and whose
 * collections answer queries from them ({@link NativeKeyH2Collection}), aggregations starting with a
 * match too ({@link IndexedAggregate}), and hand out copies of their documents. Documents are stored as
 * BSON ({@link BsonDocumentType}), and the stock Java-serialised ones still read. Map names are the stock ones:
 * an index's map is {@code <db>.<collection>._index_<name>}, which the stock code removes when the
 * index, collection or database is dropped.
 */
final class NativeKeyH2Database extends H2Database {
    /** The store while the super constructor opens the existing collections and indexes, before our field is set. */
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();
    private static final String META_PREFIX = "meta.";

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

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    @Override
    public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
            Oplog oplog) {
        if (command.equalsIgnoreCase("aggregate") && query.get(command) instanceof String collectionName) {
            clearLastStatus(channel);
            Document answer = IndexedAggregate.answer(this, resolveCollection(collectionName, false),
                    getFullCollectionNamespace(collectionName), query, resolver, oplog);
            if (answer != null) {
                return answer;
            }
        }
        return super.handleCommand(channel, command, query, resolver, oplog);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store().openMap(DATABASES_PREFIX + fullName,
                new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
        return new NativeKeyH2Collection(this, collectionName, options, documents, meta(collectionName), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        MVMap<KeyValue, Object> map = store().openMap(indexMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        return new ScannableUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        if (isSystemCollection(collectionName)) {
            return super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse);
        }
        MVMap<KeyValue, Boolean> map = store().openMap(indexMapName(collectionName, indexName),
                new MVMap.Builder<KeyValue, Boolean>().keyType(IndexKeyType.INSTANCE));
        return new H2SecondaryIndex(map, meta(collectionName), indexName, keys, sparse);
    }

    /** The collection's metadata map (the stock one, which also holds its data size). */
    private MVMap<String, Object> meta(String collectionName) {
        return store().openMap(META_PREFIX + getFullCollectionNamespace(collectionName));
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    private static boolean isSystemCollection(String collectionName) {
        return collectionName.startsWith("system.");
    }
}
