package vn.chidoan.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Texts;

/**
 * The whole app, as a newcomer starts it: no token, no MongoDB, the embedded database in a fresh data
 * dir, and so the sandbox on. Closed after the class so the data dir can go.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class ChidoanApplicationTest {

    static final String TOKEN = "monitoring-token";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
        registry.add("chidoan.management.token", () -> TOKEN);
    }

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    CommandCatalog catalog;

    @Autowired
    Texts texts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        assertThat(upAt("/actuator/health").read("$.components.mongo.status", String.class)).isEqualTo("UP");
    }

    @Test
    void livenessAndReadinessProbesAreUpAndReadinessIncludesTheDatabase() throws Exception {
        upAt("/actuator/health/liveness");
        assertThat(upAt("/actuator/health/readiness").read("$.components.mongo.status", String.class))
                .isEqualTo("UP");
    }

    @Test
    void healthShowsStatusesToAnyoneAndItsDetailsOnlyWithTheManagementToken() throws Exception {
        DocumentContext anyone = upAt("/actuator/health");
        assertThat(anyone.read("$.components.mongo", java.util.Map.class)).doesNotContainKey("details");
        assertThat(get("/actuator/health").body()).doesNotContain("chidoan.mv", "embedded");

        HttpResponse<String> operator = get("/actuator/health", "Bearer " + TOKEN);
        assertThat(JsonPath.parse(operator.body()).read("$.components.mongo.details.database", String.class))
                .isEqualTo("chidoan");
        assertThat(get("/actuator/health", "Bearer not-" + TOKEN).body()).doesNotContain("details");
    }

    @Test
    void prometheusIsNotPublicOnTheAppsPort() throws Exception {
        assertThat(get("/actuator/prometheus").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer wrong").statusCode()).isEqualTo(401);
        assertThat(get("/actuator").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusEndpointServesJvmHttpAndDatabaseMetrics() throws Exception {
        get("/actuator/health"); // an HTTP request that runs a database command, so both timers exist
        HttpResponse<String> metrics = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
                "mongodb_driver_commands_seconds_count", "mongodb_driver_pool_size");
    }

    @Test
    void logSaysWhichDatabaseIsUsedAndThatWithoutTokensOnlyTheSandboxIsOn(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("Database: embedded MongoDB, file " + dataDir.toAbsolutePath().resolve("chidoan.mv"))
                .contains("Chat platforms on: sandbox; off: telegram, messenger.")
                .contains("Sandbox: on at http://localhost:" + port + "/sandbox/");
        assertThat(dataDir.resolve("chidoan.mv")).exists();
        assertThat(dataDir.resolve("sandbox.mv")).as("the sandbox keeps its own file").exists();
    }

    @Test
    void healthHasTheSandboxAsAPlatform() throws Exception {
        assertThat(upAt("/actuator/health").read("$.components.sandbox.status", String.class)).isEqualTo("UP");
    }

    @Test
    void theAppsOwnAddressLeadsANewcomerToTheSandbox() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValue("/sandbox/");
        HttpResponse<String> followed = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(followed.statusCode()).isEqualTo(200);
        assertThat(followed.body()).contains("Sân tập Chi Đoàn Số");
    }

    @Test
    void everyCommandsHelpLineShowsItsSyntaxAndWhenItTakesArgumentsAnExample() {
        assertThat(catalog.specs()).extracting(CommandSpec::name).contains("hop", "gopy", "baocao", "nhacnho");
        for (CommandSpec spec : catalog.specs()) {
            String vi = texts.render(spec.helpKey(), "vi").markup();
            String en = texts.render(spec.helpKey(), "en").markup();
            assertThat(vi).as(spec.helpKey()).startsWith("<code>/" + spec.name());
            assertThat(en).as(spec.helpKey()).startsWith("<code>/" + spec.name());
            if (spec.arguments() != CommandSpec.Arguments.NONE) {
                assertThat(vi).as(spec.helpKey()).containsPattern("Ví dụ: <code>/" + spec.name() + " \\S");
                assertThat(en).as(spec.helpKey()).containsPattern("e\\.g\\. <code>/" + spec.name() + " \\S");
            }
        }
    }

    @Test
    void clockIsInVietnamTime() {
        assertThat(clock.getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", authorization).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The parsed answer at {@code path}, after checking it is 200 with status UP. */
    private DocumentContext upAt(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        DocumentContext json = JsonPath.parse(response.body());
        assertThat(json.read("$.status", String.class)).as(path).isEqualTo("UP");
        return json;
    }
}
