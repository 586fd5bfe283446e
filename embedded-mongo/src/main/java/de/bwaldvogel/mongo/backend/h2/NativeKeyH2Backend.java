package de.bwaldvogel.mongo.backend.h2;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend that answers queries with its indexes. The stock backend ignores
 * non-unique indexes, uses a unique one only for a query on exactly its fields, and matches
 * {@code $in} by comparing each document with every value of the list, so most queries read the whole
 * collection. Here non-unique and compound indexes are kept in the file and read by value, prefix,
 * range and {@code $or} branch ({@link NativeKeyH2Database}, {@link NativeKeyH2Collection}).
 * Unique-index keys compare natively ({@link KeyValueType}): the stock backend compares them by
 * Java-serializing both sides on every comparison, a third of the app's CPU in the webhook benchmark.
 * It lives in the library's package because the classes it extends are package-private.
 *
 * <p>A command changes a collection's document map and each of its index maps one after the other, and
 * an MVStore commit saves the maps one after the other while writes go on; so a file a crash leaves
 * could hold a document without its index entries, or a later command's change without an earlier
 * one's. Every command therefore runs under the shared side of one lock and {@link #commit()} takes
 * the exclusive side: each commit is a consistent cut of whole commands, in the order they finished.
 * The store must be opened with auto-commit disabled (its background writer would commit outside the
 * lock); the owner calls {@link #commit()} instead.
 */
public final class NativeKeyH2Backend extends H2Backend {
    private final ReadWriteLock commits = new ReentrantReadWriteLock();

    public NativeKeyH2Backend(MVStore store) {
        super(store);
    }

    /** Saves every change of the commands that have returned, none of a command half done (no fsync). */
    public void commit() {
        commits.writeLock().lock();
        try {
            getMvStore().commit();
        } finally {
            commits.writeLock().unlock();
        }
    }

    /**
     * Rewrites up to {@code writeBytes} of the file's least-filled chunks while no command runs, and
     * commits: the stock background writer's compaction, which auto-commit disabled turns off.
     */
    public void compact(int targetFillRate, int writeBytes) {
        commits.writeLock().lock();
        try {
            getMvStore().compact(targetFillRate, writeBytes);
            getMvStore().commit();
        } finally {
            commits.writeLock().unlock();
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return whole(() -> super.handleCommand(channel, database, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whole(() -> super.handleQuery(query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return whole(() -> super.handleMessage(message));
    }

    private <T> T whole(Supplier<T> command) {
        commits.readLock().lock();
        try {
            return command.get();
        } finally {
            commits.readLock().unlock();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return NativeKeyH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * The documents read to answer queries on a collection since it was opened: for tests that prove a
     * query used an index (it reads the matches, not the collection). 0 for an unknown collection.
     */
    public long documentsExamined(String database, String collection) {
        MongoCollection<?> found = resolveDatabase(database).resolveCollection(collection, false);
        return found instanceof NativeKeyH2Collection ours ? ours.documentsExamined() : 0;
    }
}
