package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * A non-unique index (single field or compound) kept in its own H2 map, where the stock backend keeps
 * none. Each key is the document's indexed values followed by its position (its {@code _id}), so
 * equal values stay distinct entries and the map is ordered by value, then position. An array makes
 * one key per element, and marks the index multikey (stored with the collection's metadata). Queries
 * read it through {@link IndexPlanner}; the stock query path never picks it ({@link #canHandle}).
 */
final class H2SecondaryIndex extends Index<Object> implements ScannableIndex {
    private static final String ID = "_id";

    private final MVMap<KeyValue, Boolean> map;
    private final MVMap<String, Object> meta;
    private final String multikeyFlag;
    private final IndexedFields fields;
    private volatile boolean multikey;

    H2SecondaryIndex(MVMap<KeyValue, Boolean> map, MVMap<String, Object> meta, String name, List<IndexKey> keys,
            boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.meta = meta;
        this.multikeyFlag = multikeyFlag(name);
        this.fields = new IndexedFields(keys.stream().map(IndexKey::getKey).toList());
        if (map.isEmpty()) {
            meta.remove(multikeyFlag); // new, or dropped and made again: rebuilt from the documents now
        }
        this.multikey = Boolean.TRUE.equals(meta.get(multikeyFlag));
    }

    private static String multikeyFlag(String indexName) {
        return "multikey." + indexName;
    }

    /** Positions come from the {@code _id} index; this one only answers queries. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    /** Refuses a document a compound index cannot hold (two indexed arrays) before it is stored. */
    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        if (fields.size() > 1) {
            getKeyValues(document);
        }
    }

    /** The stock keys, made without the server's path parsing when the fields are top-level ({@link IndexedFields}). */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue key = fields.singleKey(document);
        return key != null ? Set.of(key.normalized()) : super.getKeyValues(document);
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        if (!indexed(document)) {
            return;
        }
        Object at = positionInKey(position);
        for (KeyValue key : keys(document)) {
            map.put(withPosition(key, at), Boolean.TRUE);
        }
        if (!multikey && hasArray(document)) {
            multikey = true;
            meta.put(multikeyFlag, Boolean.TRUE);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = Missing.ofNullable(document.get(ID));
        removeKeys(document, positionInKey(position));
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        checkAdd(newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (sameIndexedValues(oldDocument, newDocument)
                || indexed(oldDocument) == indexed(newDocument) && keys(oldDocument).equals(keys(newDocument))) {
            return;
        }
        removeKeys(oldDocument, positionInKey(position));
        add(newDocument, position, collection);
    }

    /** Most updates leave the indexed fields alone: then the keys need not even be made. */
    private boolean sameIndexedValues(Document oldDocument, Document newDocument) {
        for (String field : fields.names()) {
            if (!Objects.equals(IndexedFields.value(oldDocument, field), IndexedFields.value(newDocument, field))) {
                return false;
            }
        }
        return true;
    }

    private void removeKeys(Document document, Object at) {
        if (indexed(document)) {
            for (KeyValue key : keys(document)) {
                map.remove(withPosition(key, at));
            }
        }
    }

    /**
     * The stock keys; an indexed empty array makes none there, so it counts as null here and the
     * document stays in the index (an {@code $exists} query on a sparse index must find it).
     */
    private Set<KeyValue> keys(Document document) {
        Set<KeyValue> keys = getKeyValues(document);
        if (!keys.isEmpty()) {
            return keys;
        }
        List<Object> values = new ArrayList<>();
        for (String field : fields.names()) {
            Object value = IndexedFields.value(document, field);
            values.add(value instanceof Collection<?> list && list.isEmpty() ? null : value);
        }
        return Set.of(new KeyValue(values).normalized());
    }

    private boolean indexed(Document document) {
        return !isSparse() || fields.names().stream().anyMatch(field -> present(IndexedFields.value(document, field)));
    }

    private static boolean present(Object value) {
        if (value instanceof Collection<?> list && !list.isEmpty()) {
            return list.stream().anyMatch(element -> !(element instanceof Missing));
        }
        return !(value instanceof Missing);
    }

    private boolean hasArray(Document document) {
        for (String field : fields.names()) {
            if (IndexedFields.value(document, field) instanceof Collection) {
                return true;
            }
        }
        return false;
    }

    private static Object positionInKey(Object position) {
        return position instanceof Missing ? null : position;
    }

    private static KeyValue withPosition(KeyValue key, Object position) {
        List<Object> values = new ArrayList<>(key.size() + 1);
        key.forEach(values::add);
        values.add(position);
        return new KeyValue(values);
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("read through IndexPlanner");
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        // the database removes the map; a new index of the same name starts empty and clears the flag
    }

    @Override
    public List<String> fields() {
        return fields.names();
    }

    @Override
    public boolean sparse() {
        return isSparse();
    }

    @Override
    public boolean multikey() {
        return multikey;
    }

    @Override
    public KeyOrder order() {
        return KeyOrder.SECONDARY;
    }

    @Override
    public boolean hasTail() {
        return false;
    }

    @Override
    public MVMap<KeyValue, ?> map() {
        return map;
    }

    @Override
    public Object position(KeyValue key, Object value) {
        return Missing.ofNullable(key.get(key.size() - 1));
    }
}
