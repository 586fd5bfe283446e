package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.util.List;
import org.h2.mvstore.MVMap;

/** An index whose sorted map a query can read by key prefix and range instead of the collection. */
interface ScannableIndex {
    /** The indexed paths, in key order. */
    List<String> fields();

    boolean sparse();

    /** Whether a document may have several keys (an indexed array): ranges then bound one side only. */
    boolean multikey();

    KeyOrder order();

    /** Whether keys the order cannot rank sit, unordered, after all others ({@link KeyOrder#UNIQUE}). */
    boolean hasTail();

    MVMap<KeyValue, ?> map();

    /** The position (collection key) of the document an entry stands for. */
    Object position(KeyValue key, Object value);
}
