package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVMap;

/**
 * The stock unique index, readable by prefix and range too: a query on the leading fields of a
 * compound unique index, or with more fields than the index, no longer reads the whole collection.
 *
 * <p>A document with one key (top-level fields, no array, not sparse: every unique index the app
 * has) is checked and added the short way: its key is made without the server's path parsing
 * ({@link IndexedFields}), and an insert looks it up once. The stock index looks every key up twice:
 * the collection checks all its indexes before it stores a document, and the stock {@code add} then
 * checks again; since the collection holds its lock from the first check to the last add, the
 * second check never finds what the first did not, and the map's put-if-absent still refuses a
 * duplicate. Anything else goes the stock way.
 */
final class ScannableUniqueIndex extends H2UniqueIndex implements ScannableIndex {
    private final MVMap<KeyValue, Object> map;
    private final IndexedFields fields;
    private final Set<String> fieldSet;

    ScannableUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(map, name, keys, sparse);
        this.map = map;
        this.fields = new IndexedFields(keys.stream().map(IndexKey::getKey).toList());
        this.fieldSet = Set.copyOf(fields.names());
    }

    /**
     * The stock test first compares the query's fields with the index's, which it collects into a
     * new set on every call; a find asks every index of the collection, twice.
     */
    @Override
    public boolean canHandle(Document query) {
        return query.keySet().equals(fieldSet) && super.canHandle(query);
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        KeyValue key = fields.singleKey(document);
        return key != null ? Set.of(key.normalized()) : super.getKeyValues(document);
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Object> collection) {
        KeyValue key = shortKey(document);
        if (key == null) {
            super.checkAdd(document, collection);
        } else if (containsKey(key.normalized())) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        KeyValue key = shortKey(document);
        if (key == null) {
            super.add(document, position, collection);
        } else if (!putKeyPosition(key.normalized(), position)) {
            throw new DuplicateKeyError(this, collection, getKeys(), key);
        }
    }

    @Override
    public synchronized void checkUpdate(Document oldDocument, Document newDocument,
            MongoCollection<Object> collection) {
        KeyValue key = shortKey(newDocument);
        if (key == null) {
            super.checkUpdate(oldDocument, newDocument, collection);
        } else if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            Object taken = getPosition(key.normalized());
            if (taken != null && !taken.equals(getPosition(oldDocument))) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }
    }

    /** The document's one key, not normalized (as a duplicate's message shows it); null for the stock way. */
    private KeyValue shortKey(Document document) {
        return isSparse() ? null : fields.singleKey(document);
    }

    @Override
    public List<String> fields() {
        return fields.names();
    }

    @Override
    public boolean sparse() {
        return isSparse();
    }

    /** Unknown for an existing unique index, so assumed, except for {@code _id}, which cannot be an array. */
    @Override
    public boolean multikey() {
        return !fields.equals(List.of("_id"));
    }

    @Override
    public KeyOrder order() {
        return KeyOrder.UNIQUE;
    }

    @Override
    public boolean hasTail() {
        return true;
    }

    @Override
    public MVMap<KeyValue, ?> map() {
        return map;
    }

    @Override
    public Object position(KeyValue key, Object value) {
        return value;
    }
}
