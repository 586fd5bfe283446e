package vn.chidoan.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chidoan.core.testing.TestMongo;

/** The sandbox's database is never the app's: another file, or another database name on the same server. */
class SandboxDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void withTheEmbeddedDatabaseTheSandboxHasItsOwnFileAndServer() {
        DatabaseProperties properties = new DatabaseProperties(dataDir, new DatabaseProperties.Mongodb(null));
        try (MongoEndpoint app = MongoEndpoint.embedded(dataDir.resolve("chidoan.mv"), "chidoan");
                SandboxDatabase sandbox = SandboxDatabase.open(properties, app)) {
            sandbox.template().insert(new Document("_id", "u1"), "units");

            assertThat(dataDir.resolve("sandbox.mv")).exists();
            assertThat(sandbox.template().getDb().getName()).isEqualTo("chidoan_sandbox");
            assertThat(sandbox.description()).contains("sandbox.mv").doesNotContain("chidoan.mv");
            assertThat(sandbox.description()).doesNotContain(app.connectionString().getHosts().get(0));
        }
    }

    @Test
    void withAConfiguredMongoDbTheSandboxUsesItsOwnDatabaseName() {
        try (TestMongo server = new TestMongo()) {
            String uri = server.uri() + "/branchdata";
            DatabaseProperties properties = new DatabaseProperties(dataDir, new DatabaseProperties.Mongodb(uri));
            try (MongoEndpoint app = MongoEndpoint.external(uri);
                    SandboxDatabase sandbox = SandboxDatabase.open(properties, app)) {
                sandbox.template().insert(new Document("_id", "u1").append("name", "Chi đoàn thử"), "units");

                assertThat(sandbox.template().getDb().getName()).isEqualTo("branchdata_sandbox");
                assertThat(server.template("branchdata").getCollection("units").countDocuments()).isZero();
                assertThat(server.template("branchdata_sandbox").getCollection("units").countDocuments()).isEqualTo(1);
            }
            assertThat(dataDir.resolve("sandbox.mv")).doesNotExist();
        }
    }
}
