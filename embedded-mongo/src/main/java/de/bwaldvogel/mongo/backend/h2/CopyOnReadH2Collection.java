package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.MVMap;

/**
 * An H2 collection whose queries hand out copies of the stored documents. The stock collection hands
 * out the instances the map holds, and an update then changes such an instance in place: a reply still
 * being encoded for another client (after the collection's lock was released) threw
 * {@code ConcurrentModificationException}, or could show a document half updated. With copies, an
 * update changes its own copy and stores it; what was handed out never changes.
 */
final class CopyOnReadH2Collection extends H2Collection {

    CopyOnReadH2Collection(MongoDatabase database, String name, CollectionOptions options,
            MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, data, meta, cursors);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        List<Document> copies = new ArrayList<>(matched.size());
        for (Document document : matched) {
            copies.add(document.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }
}
