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
            // no background writer: it would commit while commands run (a torn cut); Commits does it
            store = new MVStore.Builder().fileName(absolute.toString()).cacheSize(CACHE_MB).autoCommitDisabled()
                    .open();
        } catch (MVStoreException e) {
            throw new IllegalStateException("Cannot open the embedded database file " + absolute
                    + " (is another instance of the app using it?)", e);
        }
        NativeKeyH2Backend backend = new NativeKeyH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind(new InetSocketAddress("127.0.0.1", 0));
        return new EmbeddedMongoServer(server, server.getLocalAddress(), absolute, store, backend);
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
