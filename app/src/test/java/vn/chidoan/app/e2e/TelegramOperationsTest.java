package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;

/** With Telegram on: its health component, its command menus, and the metrics of what went in and out. */
class TelegramOperationsTest extends TelegramEndToEnd {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthShowsTelegramReachableAfterStart() throws Exception {
        DocumentContext health = JsonPath.parse(get("/actuator/health"));
        assertThat(health.read("$.components.telegram.status", String.class)).isEqualTo("UP");
        assertThat(health.read("$.components.telegram.details.detail", String.class))
                .contains(API.baseUrl(), "@" + API.botUsername()).doesNotContain(API.token());
        assertThat(health.read("$.status", String.class)).isEqualTo("UP");
    }

    @Test
    void commandMenusAreSetForPrivateChatsGroupsAndAdministrators() {
        List<RecordedRequest> menus = API.requests("setMyCommands");
        assertThat(menus).extracting(r -> r.param("scope")).anyMatch(s -> s.contains("all_private_chats"))
                .anyMatch(s -> s.contains("all_group_chats")).anyMatch(s -> s.contains("all_chat_administrators"));
        assertThat(menus).extracting(r -> r.param("commands")).anyMatch(c -> c.contains("\"trogiup\""));
    }

    @Test
    void metricsCountInboundEventsAndOutboxSendsByOutcome() throws Exception {
        Person someone = new Person(3_001, "Thảo", null);
        postAndAwaitReply(Updates.privateText(someone, "/trogiup"), someone.id());

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).containsPattern("chidoan_inbound_events_total\\{[^}]*outcome=\"accepted\"[^}]*platform=\"telegram\"")
                .containsPattern("chidoan_outbox_sends_total\\{[^}]*outcome=\"delivered\"[^}]*platform=\"telegram\"")
                .contains("chidoan_outbox_depth", "chidoan_inbound_handle_seconds_count");
    }

    @Test
    void theSandboxIsOffWhenTelegramIsOn() throws Exception {
        for (String path : List.of("/sandbox/", "/sandbox/sandbox.js", "/sandbox/api/personas")) {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
            assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(JsonPath.parse(get("/actuator/health")).read("$.components", java.util.Map.class))
                .doesNotContainKey("sandbox");
    }

    /** As the monitoring system reads it, with the management token. */
    private String get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + MANAGEMENT_TOKEN).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
