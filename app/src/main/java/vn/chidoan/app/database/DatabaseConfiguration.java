package vn.chidoan.app.database;

import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import io.micrometer.core.instrument.binder.mongodb.MongoMetricsConnectionPoolListener;
import java.time.Duration;
import org.bson.UuidRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.SimpleMongoClientDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.kernel.outbox.dispatch.DeliveryJournal;

/**
 * The app's own {@link MongoClient}, {@link MongoDatabaseFactory} and {@link MongoTemplate}, so Boot's
 * Mongo auto-configuration (and its {@code spring.mongodb.*} properties) backs off. Beans are closed
 * in reverse order: the client first, then the endpoint, which stops an embedded server and flushes
 * its file.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {
    static final String DATA_FILE = "chidoan.mv";
    static final String INBOUND_JOURNAL = "inbound-journal";
    static final String OUTBOX_JOURNAL = "outbox-journal";
    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    MongoEndpoint mongoEndpoint(DatabaseProperties properties) {
        MongoEndpoint endpoint = properties.external()
                ? MongoEndpoint.external(properties.mongodb().uri())
                : MongoEndpoint.embedded(properties.dataDir().resolve(DATA_FILE), MongoEndpoint.DEFAULT_DATABASE);
        log.info("Database: {}", endpoint.description());
        return endpoint;
    }

    @Bean
    MongoClient mongoClient(MongoEndpoint endpoint, ObjectProvider<CommandListener> commandListeners,
            ObjectProvider<MongoMetricsConnectionPoolListener> poolMetrics) {
        MongoClientSettings.Builder settings = settings(endpoint, "chidoan");
        commandListeners.orderedStream().forEach(settings::addCommandListener);
        poolMetrics.ifAvailable(listener -> settings.applyToConnectionPoolSettings(
                pool -> pool.addConnectionPoolListener(listener)));
        return MongoClients.create(settings.build());
    }

    /**
     * What every client of the app's shares: its name, standard UUIDs, the endpoint's address. A
     * configured MongoDB acknowledges a write once a majority journaled it (the default of a replica
     * set, asked for explicitly so a single server journals too), unless the URI says otherwise: what
     * the app acknowledges to a platform survives a crash ({@link Durability}).
     */
    static MongoClientSettings.Builder settings(MongoEndpoint endpoint, String applicationName) {
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applicationName(applicationName)
                .uuidRepresentation(UuidRepresentation.STANDARD);
        if (!endpoint.embedded()) {
            settings.writeConcern(WriteConcern.MAJORITY.withJournal(true));
        }
        return settings.applyConnectionString(endpoint.connectionString());
    }

    /** Acknowledged means on disk, on either database. */
    @Bean
    Durability durability(MongoEndpoint endpoint) {
        return endpoint.durability();
    }

    /**
     * On the embedded database, what a webhook acknowledges is durable once it is in this journal
     * (an fsync'd append) rather than once the database file is committed: a commit per group of
     * requests rewrote the changed pages far more often than the database needs. The journal
     * checkpoints the database about once a second and forgets what it holds; at start-up the inbound
     * gateway stores again what a crash left in it. A configured MongoDB has none: its journaled
     * insert is the acknowledgement, shared by every instance (docs/ARCHITECTURE.md, "Storage").
     */
    @Bean
    @Conditional(EmbeddedDatabase.class)
    Journal inboundJournal(MongoEndpoint endpoint, DatabaseProperties properties) {
        return Journal.open(properties.dataDir().resolve(INBOUND_JOURNAL), endpoint.durability(),
                Duration.ofSeconds(1));
    }

    /**
     * On the embedded database, a delivery is on record once it is in this journal (an fsync'd append),
     * not once the database file is committed: a commit per group of deliveries held Messenger's 32
     * sends in flight to 80–90 a second. Checkpointed like the inbound journal; the outbox dispatcher
     * puts back what a crash left in it before it starts. None on a configured MongoDB.
     */
    @Bean
    @Conditional(EmbeddedDatabase.class)
    DeliveryJournal outboxJournal(MongoEndpoint endpoint, DatabaseProperties properties) {
        return new DeliveryJournal(Journal.open(properties.dataDir().resolve(OUTBOX_JOURNAL), endpoint.durability(),
                Duration.ofSeconds(1)));
    }

    @Bean
    MongoDatabaseFactory mongoDatabaseFactory(MongoClient client, MongoEndpoint endpoint) {
        return new SimpleMongoClientDatabaseFactory(client, endpoint.database());
    }

    @Bean
    MongoTemplate mongoTemplate(MongoDatabaseFactory factory, MongoConverter converter) {
        return new MongoTemplate(factory, converter);
    }
}
