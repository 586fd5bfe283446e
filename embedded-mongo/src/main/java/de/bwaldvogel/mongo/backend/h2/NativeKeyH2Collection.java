package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;

/**
 * The H2 collection, answering queries from its indexes: when no unique index takes a query the
 * stock way (its exact fields), {@link IndexPlanner} looks for an index — unique or not, by prefix,
 * values, range or {@code $or} branches — and only the documents it yields are read and matched.
 * Every query's {@code $in} lists are matched by hash ({@link HashedIn}). Without a sort or with one,
 * documents come in the collection's order as a full scan returns them; with a limit and no sort,
 * in index order, so reading stops at the limit; with a limit and a sort an index already gives, in
 * index order too ({@link SortedRead}). Counts the documents it reads, for tests.
 *
 * <p>Queries hand out copies of the stored documents. The stock collection hands out the instances
 * the map holds, and an update then changes such an instance in place: a reply still being encoded
 * for another client (after the collection's lock was released) threw
 * {@code ConcurrentModificationException}, or could show a document half updated. With copies, an
 * update changes its own copy and stores it; what was handed out never changes.
 */
final class NativeKeyH2Collection extends H2Collection {
    private final MVMap<Object, Document> documents;
    private final LongAdder examined = new LongAdder();
    private volatile HashedIn lastQuery;

    NativeKeyH2Collection(MongoDatabase database, String name, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, name, options, documents, meta, cursors);
        this.documents = documents;
    }

    /**
     * The data size is kept here, counted by {@link BsonSize} where the stock collection encodes each
     * document to count it; the same figure, at the same moments (within the collection's lock).
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    public synchronized void addDocument(Document document) {
        super.addDocument(document);
        updateDataSize(BsonSize.of(document));
    }

    @Override
    protected void handleUpdate(Object position, Document oldDocument, Document newDocument) {
        super.handleUpdate(position, oldDocument, newDocument);
        int change = BsonSize.of(newDocument) - BsonSize.of(oldDocument);
        if (change != 0) {
            updateDataSize(change);
        }
    }

    @Override
    protected void removeDocument(Object position) {
        Document removed = documents.get(position);
        super.removeDocument(position);
        updateDataSize(-BsonSize.of(removed));
    }

    /** Documents read to answer queries since the collection was opened. */
    long documentsExamined() {
        return examined.sum();
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        if (isNaturalDescending(orderBy) || stockIndexTakes(query)) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        List<IndexPlan> plans = IndexPlanner.plan(query, scannableIndexes());
        if (plans == null) {
            return matchDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector); // the full scan
        }
        boolean sorted = orderBy != null && !orderBy.isEmpty();
        if (sorted && limit > 0) {
            Map<Object, Document> read = SortedRead.candidates(plans, orderBy, numberToSkip + limit, this::examine,
                    document -> documentMatchesQuery(document, query));
            if (read != null) {
                Stream<Document> inOrder = inCollectionOrder(read.keySet().iterator()).map(read::get);
                return super.matchDocumentsFromStream(inOrder, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
        }
        Iterator<Object> positions = IndexPlanner.positions(plans);
        Stream<Object> inOrder = limit > 0 && !sorted ? stream(positions) : inCollectionOrder(positions);
        Stream<Document> candidates = inOrder.map(this::getDocument).filter(Objects::nonNull);
        return matchDocumentsFromStream(candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * The number of documents the filter matches, from an index's keys without reading a document
     * ({@link CoveredCount}); -1 when no index decides the whole filter. An empty filter counts the collection.
     */
    synchronized long countFromIndexKeys(Document filter) {
        return filter.isEmpty() ? count() : CoveredCount.count(filter, scannableIndexes());
    }

    /** A document read (and counted) by position; null when it was deleted since its index entry was read. */
    private Document examine(Object position) {
        examined.increment();
        return getDocument(position);
    }

    /**
     * A unique index takes the query the stock way when it can (today's behaviour, point look-ups),
     * except a sparse one: it looks up {@code $in: [null]} among its keys, where the documents
     * without the field — which null matches — are not.
     */
    private boolean stockIndexTakes(Document query) {
        return getIndexes().stream().anyMatch(index -> index.canHandle(query)
                && !(index instanceof ScannableIndex scannable && scannable.sparse()));
    }

    private List<ScannableIndex> scannableIndexes() {
        List<ScannableIndex> scannable = new ArrayList<>();
        for (Index<Object> index : getIndexes()) {
            if (index instanceof ScannableIndex readable) {
                scannable.add(readable);
            }
        }
        return scannable;
    }

    /** In the order of the collection's own map, as a scan returns them (ties under a sort stay so too). */
    private Stream<Object> inCollectionOrder(Iterator<Object> positions) {
        List<Object> all = new ArrayList<>();
        positions.forEachRemaining(all::add);
        all.sort(documents.getKeyType()::compare);
        return all.stream();
    }

    private static Stream<Object> stream(Iterator<Object> positions) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(positions, Spliterator.ORDERED), false);
    }

    @Override
    protected QueryResult matchDocumentsFromStream(Stream<Document> documentStream, Document query, Document orderBy,
            int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return super.matchDocumentsFromStream(documentStream.peek(document -> examined.increment()), query, orderBy,
                numberToSkip, limit, batchSize, fieldSelector);
    }

    @Override
    protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
        List<Document> copies = new ArrayList<>(matched.size());
        for (Document document : matched) {
            copies.add(document.cloneDeeply());
        }
        return super.createQueryResult(copies, batchSize);
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        HashedIn hashed = lastQuery;
        if (hashed == null || !hashed.isFor(query)) {
            hashed = HashedIn.of(query);
            lastQuery = hashed;
        }
        return hashed.matches(document) && super.documentMatchesQuery(document, hashed.rest());
    }
}
