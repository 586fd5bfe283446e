package de.bwaldvogel.mongo.backend.h2;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/** How the documents of a collection are stored in a closed data file: the count of values per first byte. */
final class StoredTags extends BasicDataType<Object> {
    static final int JAVA_SERIALISED = 19;
    static final int BSON = BsonDocumentType.BSON_TAG;

    private final BsonDocumentType documents = new BsonDocumentType();
    private final Map<Integer, Integer> counts = new TreeMap<>();

    static Map<Integer, Integer> of(Path file, String collection) {
        StoredTags tags = new StoredTags();
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, Object> map = store.openMap("databases.db." + collection,
                    new MVMap.Builder<Object, Object>().valueType(tags));
            map.values().forEach(value -> { });
            return tags.counts;
        } finally {
            store.close();
        }
    }

    @Override
    public Object read(ByteBuffer buffer) {
        counts.merge((int) buffer.get(buffer.position()), 1, Integer::sum);
        return documents.read(buffer);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        throw new UnsupportedOperationException("read only");
    }

    @Override
    public int getMemory(Object value) {
        return documents.getMemory(value);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
