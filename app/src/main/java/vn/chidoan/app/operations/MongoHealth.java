package vn.chidoan.app.operations;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import vn.chidoan.app.database.MongoEndpoint;

/**
 * The {@code mongo} health component (and so readiness): a {@code ping} on the admin database, which
 * both the embedded server and a real MongoDB answer. It replaces Boot's indicator, whose
 * {@code hello} command the embedded server does not know once the app's database exists.
 */
@Component("mongoHealthIndicator")
class MongoHealth extends AbstractHealthIndicator {
    private static final Document PING = new Document("ping", 1);

    private final MongoClient client;
    private final MongoEndpoint endpoint;

    MongoHealth(MongoClient client, MongoEndpoint endpoint) {
        super("MongoDB health check failed");
        this.client = client;
        this.endpoint = endpoint;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        client.getDatabase("admin").runCommand(PING);
        builder.up().withDetail("database", endpoint.database()).withDetail("embedded", endpoint.embedded());
    }
}
