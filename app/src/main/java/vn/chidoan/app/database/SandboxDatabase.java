package vn.chidoan.app.database;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import vn.chidoan.core.kernel.durable.Durability;

/**
 * The sandbox's own database, never the app's: with the embedded database its own file
 * ({@code sandbox.mv}, a second in-process server), with a configured MongoDB its own database name
 * ({@code <database>_sandbox}). It has its own client and template, built here from nothing the app's
 * database beans hold, so the sandbox has no handle on real members' data.
 */
public final class SandboxDatabase implements AutoCloseable {
    static final String DATA_FILE = "sandbox.mv";
    static final String SUFFIX = "_sandbox";

    private final MongoEndpoint endpoint;
    private final MongoClient client;
    private final MongoTemplate template;

    private SandboxDatabase(MongoEndpoint endpoint) {
        this.endpoint = endpoint;
        this.client = MongoClients.create(DatabaseConfiguration.settings(endpoint, "chidoan-sandbox").build());
        this.template = new MongoTemplate(new SimpleMongoClientDatabaseFactory(client, endpoint.database()));
    }

    /** Opens the sandbox's database beside the app's {@code main} one; refuses to open the same one. */
    public static SandboxDatabase open(DatabaseProperties properties, MongoEndpoint main) {
        MongoEndpoint endpoint = properties.external()
                ? MongoEndpoint.external(properties.mongodb().uri(), main.database() + SUFFIX)
                : MongoEndpoint.embedded(properties.dataDir().resolve(DATA_FILE),
                        MongoEndpoint.DEFAULT_DATABASE + SUFFIX);
        if (endpoint.database().equals(main.database())
                && endpoint.connectionString().getHosts().equals(main.connectionString().getHosts())) {
            endpoint.close();
            throw new IllegalStateException("the sandbox would share the app's database " + main.database());
        }
        return new SandboxDatabase(endpoint);
    }

    public MongoTemplate template() {
        return template;
    }

    public String description() {
        return endpoint.description();
    }

    public Durability durability() {
        return endpoint.durability();
    }

    @Override
    public void close() {
        client.close();
        endpoint.close();
    }
}
