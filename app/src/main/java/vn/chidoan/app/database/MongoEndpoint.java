package vn.chidoan.app.database;

import com.mongodb.ConnectionString;
import java.nio.file.Path;
import vn.chidoan.core.kernel.durable.Durability;

/**
 * The database the app talks to: its connection string, the database name and a credential-free
 * description for the log. Owns (and closes) the embedded server when there is one.
 */
public final class MongoEndpoint implements AutoCloseable {
    static final String DEFAULT_DATABASE = "chidoan";

    private final ConnectionString connectionString;
    private final String database;
    private final String description;
    private final EmbeddedMongoServer embedded;

    private MongoEndpoint(ConnectionString connectionString, String database, String description,
            EmbeddedMongoServer embedded) {
        this.connectionString = connectionString;
        this.database = database;
        this.description = description;
        this.embedded = embedded;
    }

    /** A configured MongoDB; the database comes from the URI's path, {@code chidoan} if it has none. */
    static MongoEndpoint external(String uri) {
        ConnectionString connection = new ConnectionString(uri);
        return external(uri, connection.getDatabase() == null ? DEFAULT_DATABASE : connection.getDatabase());
    }

    /** A configured MongoDB, using {@code database} whatever the URI's path says. */
    static MongoEndpoint external(String uri, String database) {
        return new MongoEndpoint(new ConnectionString(uri), database,
                "MongoDB at " + masked(uri) + ", database " + database, null);
    }

    /** An embedded server started on {@code file}, holding {@code database}. */
    static MongoEndpoint embedded(Path file, String database) {
        EmbeddedMongoServer server = EmbeddedMongoServer.open(file);
        return new MongoEndpoint(new ConnectionString(server.uri()), database,
                "embedded MongoDB, file " + server.file() + ", database " + database
                        + ", listening on 127.0.0.1:" + server.port(), server);
    }

    /** The URI with any {@code user:password@} replaced, safe to log. */
    static String masked(String uri) {
        int scheme = uri.indexOf("://");
        int query = uri.indexOf('?');
        int at = (query < 0 ? uri : uri.substring(0, query)).lastIndexOf('@');
        if (scheme < 0 || at < scheme) {
            return uri;
        }
        return uri.substring(0, scheme + 3) + "***@" + uri.substring(at + 1);
    }

    public ConnectionString connectionString() {
        return connectionString;
    }

    public String database() {
        return database;
    }

    /** True when this is the in-process server on the data dir, not a configured MongoDB. */
    public boolean embedded() {
        return embedded != null;
    }

    public String description() {
        return description;
    }

    /**
     * How to make acknowledged writes durable: the embedded server's group commit; nothing for a
     * configured MongoDB, where the client asks for journaled writes ({@link DatabaseConfiguration}).
     */
    public Durability durability() {
        return embedded != null ? embedded.durability() : Durability.NONE;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
