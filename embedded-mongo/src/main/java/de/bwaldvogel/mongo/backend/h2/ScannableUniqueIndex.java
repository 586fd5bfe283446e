package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * The stock unique index, readable by prefix and range too: a query on the leading fields of a
 * compound unique index, or with more fields than the index, no longer reads the whole collection.
 */
final class ScannableUniqueIndex extends H2UniqueIndex implements ScannableIndex {
    private final MVMap<KeyValue, Object> map;
    private final List<String> fields;

    ScannableUniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(map, name, keys, sparse);
        this.map = map;
        this.fields = keys.stream().map(IndexKey::getKey).toList();
    }

    @Override
    public List<String> fields() {
        return fields;
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
