package vn.chidoan.app.database;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.NativeKeyH2Backend;
import org.h2.mvstore.MVStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStoreException;
import vn.chidoan.core.kernel.durable.Durability;

/**
 * An in-process wire-protocol MongoDB (mongo-java-server) keeping its data in one H2 MVStore file,
 * listening on 127.0.0.1 on a free port. Closing it commits and closes the file, so data survives a
 * restart; {@link #durability()} makes what was written so far survive a crash too. One instance per
 * file: a second data file (a sandbox, say) is a second instance.
 */
final class EmbeddedMongoServer implements AutoCloseable {
    /**
     * H2's page cache, in MB (its default is 16). Once a commit has written a page, the page lives on
     * only in this cache, and reading it back from the file deserializes every document in it: with
     * 16 MB that was a fifth of the CPU of a flood of updates (docs/BENCHMARKS.md). 64 MB keeps a
     * district's working set, at most that much heap.
     */
    static final int CACHE_MB = 64;

    private final MongoServer server;
    private final InetSocketAddress address;
    private final Path file;
    private final GroupCommit durability;
    private final Commits commits;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address, Path file, MVStore store,
            NativeKeyH2Backend backend) {
        this.server = server;
        this.address = address;
        this.file = file;
        this.durability = new GroupCommit(backend, store);
        this.commits = Commits.start(backend, store, file.getFileName().toString());
    }

    static EmbeddedMongoServer open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        createParent(absolute);
        MVStore store;
        try {
            store = openStore(absolute);
        } catch (MVStoreException e) {
            throw new IllegalStateException("Cannot open the embedded database file " + absolute
                    + " (is another instance of the app using it?)", e);
        }
        NativeKeyH2Backend backend = new NativeKeyH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return new EmbeddedMongoServer(server, server.getLocalAddress(), absolute, store, backend);
    }

    /**
     * The file's store, which commits only when {@link Commits} or {@link GroupCommit} tells it to: no
     * background writer, and no commit by a writing command when unsaved changes pile up (H2 does that
     * past its auto-commit buffer, 19 MB by default, even with auto-commit disabled). Either would commit
     * while other commands run — a cut through them (a document without its index entries, if the process
     * died then) — and a long read could meet a chunk freed and reused meanwhile ("Chunk … not found").
     */
    static MVStore openStore(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).autoCommitDisabled()
                .autoCommitBufferSize(0).open();
    }

    Durability durability() {
        return durability;
    }

    String uri() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    Path file() {
        return file;
    }

    int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        commits.close();
        server.shutdown();
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + file.getParent(), e);
        }
    }
}
