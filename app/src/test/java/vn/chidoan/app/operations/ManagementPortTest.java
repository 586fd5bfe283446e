package vn.chidoan.app.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With a management port of its own (for a network only monitoring reaches), the metrics are scraped
 * there without a token, and the app's own port, which serves the webhooks, has no actuator at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "management.server.port=0", "management.server.address=127.0.0.1", "chidoan.sandbox.enabled=false"})
@DirtiesContext
class ManagementPortTest {
    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    private int status(int at, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void metricsAreScrapedOnTheManagementPortAndTheAppsPortHasNoActuator() throws Exception {
        assertThat(status(managementPort, "/actuator/prometheus")).isEqualTo(200);
        assertThat(status(managementPort, "/actuator/health")).isEqualTo(200);
        assertThat(status(port, "/actuator/prometheus")).isIn(401, 404);
        assertThat(status(port, "/actuator/health")).isIn(401, 404);
    }
}
