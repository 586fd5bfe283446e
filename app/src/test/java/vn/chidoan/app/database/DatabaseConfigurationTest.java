package vn.chidoan.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.TestMongo;

/** The app's database wiring with Boot's Mongo auto-configuration present, as in the real app. */
class DatabaseConfigurationTest {

    @TempDir
    Path dataDir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class))
            .withUserConfiguration(DatabaseConfiguration.class);

    private ApplicationContextRunner onDataDir(Path dir) {
        return runner.withPropertyValues("chidoan.data-dir=" + dir);
    }

    @Test
    void dataWrittenToTheEmbeddedDatabaseSurvivesARestart() {
        onDataDir(dataDir).run(context -> context.getBean(MongoTemplate.class)
                .insert(new Document("_id", "branch-1").append("name", "Chi đoàn 12A1"), "branches"));

        onDataDir(dataDir).run(context -> {
            Document found = context.getBean(MongoTemplate.class).findById("branch-1", Document.class, "branches");
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Chi đoàn 12A1");
        });
        assertThat(dataDir.resolve(DatabaseConfiguration.DATA_FILE)).exists();
    }

    @Test
    void embeddedDatabaseIsNamedChidoanAndListensOnLoopbackOnly() {
        onDataDir(dataDir).run(context -> {
            MongoEndpoint endpoint = context.getBean(MongoEndpoint.class);
            assertThat(endpoint.connectionString().getHosts()).singleElement().asString().startsWith("127.0.0.1:");
            assertThat(context.getBean(MongoTemplate.class).getDb().getName()).isEqualTo("chidoan");
        });
    }

    @Test
    void uuidsAreStoredInTheStandardRepresentation() {
        UUID id = UUID.randomUUID();
        onDataDir(dataDir).run(context -> {
            MongoTemplate template = context.getBean(MongoTemplate.class);
            template.insert(new Document("_id", "x").append("token", id), "things");
            assertThat(template.findById("x", Document.class, "things").get("token")).isEqualTo(id);
        });
    }

    @Test
    void missingDataDirIsCreated() {
        Path nested = dataDir.resolve("not/yet/there");
        onDataDir(nested).run(context -> context.getBean(MongoTemplate.class).insert(new Document("a", 1), "things"));
        assertThat(nested.resolve(DatabaseConfiguration.DATA_FILE)).exists();
    }

    @Test
    void configuredUriIsUsedInsteadOfTheEmbeddedFile() {
        try (TestMongo elsewhere = new TestMongo()) {
            onDataDir(dataDir).withPropertyValues("chidoan.mongodb.uri=" + elsewhere.uri() + "/branchdata")
                    .run(context -> {
                        MongoTemplate template = context.getBean(MongoTemplate.class);
                        assertThat(template.getDb().getName()).isEqualTo("branchdata");
                        template.insert(new Document("_id", "m-1"), "members");
                    });
            assertThat(elsewhere.template("branchdata").findById("m-1", Document.class, "members")).isNotNull();
            assertThat(dataDir.resolve(DatabaseConfiguration.DATA_FILE)).doesNotExist();
        }
    }

    @Test
    void configuredUriWithoutADatabaseUsesChidoan() {
        try (TestMongo elsewhere = new TestMongo()) {
            onDataDir(dataDir).withPropertyValues("chidoan.mongodb.uri=" + elsewhere.uri())
                    .run(context -> assertThat(context.getBean(MongoTemplate.class).getDb().getName())
                            .isEqualTo("chidoan"));
        }
    }

    @Test
    void blankUriMeansEmbedded() {
        onDataDir(dataDir).withPropertyValues("chidoan.mongodb.uri= ")
                .run(context -> assertThat(context.getBean(MongoEndpoint.class).description())
                        .startsWith("embedded MongoDB"));
    }
}
