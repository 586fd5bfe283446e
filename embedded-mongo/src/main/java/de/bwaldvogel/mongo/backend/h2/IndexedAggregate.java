package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.EmptyCursor;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregation that starts with {@code $match} — what the driver's {@code countDocuments} sends,
 * so every count the app makes: the stock server feeds the whole collection to the pipeline and
 * matches each document there. Here the match is the collection's own query (so its indexes answer
 * it) and the rest of the pipeline runs on the stock stages, over a view of the collection that
 * holds only the matches. A count whose filter an index decides is answered from the index's keys
 * ({@link CountPipeline}, {@link CoveredCount}).
 */
final class IndexedAggregate {
    private IndexedAggregate() {
    }

    /** The command's answer, or null when the pipeline does not start with a {@code $match}. */
    static Document answer(MongoDatabase database, MongoCollection<?> collection, String namespace, Document command,
            DatabaseResolver resolver, Oplog oplog) {
        if (collection == null || !(command.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document match)) {
            return null;
        }
        CountPipeline count = CountPipeline.of(stages.subList(1, stages.size()));
        if (count != null && collection instanceof NativeKeyH2Collection ours) {
            long matches = ours.countFromIndexKeys(match);
            if (matches >= 0) {
                return firstBatch(namespace, count.answer(matches));
            }
        }
        List<Document> matched = new ArrayList<>();
        // wrapped, so that a field named "query" is not taken for the wrapper itself
        collection.handleQuery(new QueryParameters(new Document("query", match), 0, 0)).forEach(matched::add);
        List<Document> pipeline = Aggregation.parse(stages);
        Aggregation rest = Aggregation.fromPipeline(pipeline.subList(1, pipeline.size()), resolver, database,
                holding(collection, matched), oplog);
        rest.validate(command);
        return firstBatch(namespace, rest.computeResult());
    }

    /** The collection, except that reading all of it reads the matches. */
    private static MongoCollection<?> holding(MongoCollection<?> collection, List<Document> documents) {
        return (MongoCollection<?>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "queryAll" -> documents;
                    case "queryAllAsStream" -> documents.stream();
                    default -> invoke(method, collection, arguments);
                });
    }

    private static Object invoke(Method method, Object target, Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Document firstBatch(String namespace, List<Document> documents) {
        Document cursor = new Document("id", EmptyCursor.get().getId()).append("ns", namespace)
                .append("firstBatch", documents);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }
}
