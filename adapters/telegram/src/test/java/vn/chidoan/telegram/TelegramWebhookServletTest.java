package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandCatalog;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.testing.LogRecorder;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

/** The adapter in a small web application, in webhook mode, against a fake Bot API. */
@SpringBootTest(classes = TelegramWebhookServletTest.WebhookApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "chidoan.telegram.mode=webhook",
            "chidoan.telegram.webhook-secret=" + TelegramWebhookServletTest.SECRET,
            "chidoan.telegram.webhook-url=https://bot.example.org/telegram/webhook"})
class TelegramWebhookServletTest {
    static final String SECRET = "s3cret-Of-the_webhook";
    static final FakeBotApi API = FakeBotApi.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    RecordingGateway gateway;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void telegram(DynamicPropertyRegistry registry) {
        registry.add("chidoan.telegram.token", API::token);
        registry.add("chidoan.telegram.api-url", API::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @BeforeEach
    void reset() {
        gateway.clear();
    }

    static List<String> fixtures() {
        return TelegramFixtures.updateNames();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyFixtureWithTheRightSecretIsAccepted(String fixture) throws Exception {
        String body = TelegramFixtures.update(fixture);
        long updateId = TelegramJson.treeOrNull(body.getBytes()).get("update_id").asLong();
        int mark = LogRecorder.mark();

        HttpResponse<String> response = post(body, SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(gateway.accepted()).singleElement().satisfies(accepted -> {
            assertThat(accepted.platform()).isEqualTo(Platform.TELEGRAM);
            assertThat(accepted.key()).isEqualTo("telegram:update:" + updateId);
            assertThat(accepted.lane()).startsWith("telegram:");
            assertThat(accepted.payload()).isEqualTo(body);
        });
        assertThat(LogRecorder.errorsSince(mark)).isEmpty();
    }

    @Test
    void laneIsTheChatTheUpdateHappenedIn() throws Exception {
        post(TelegramFixtures.update("callback_query_group.json"), SECRET);
        post(TelegramFixtures.update("poll_answer.json"), SECRET);
        post(TelegramFixtures.update("poll.json"), SECRET);

        assertThat(gateway.accepted()).extracting(RecordingGateway.Accepted::lane)
                .containsExactly("telegram:-460508819", "telegram:123456789", UpdateEnvelope.NO_CHAT_LANE);
    }

    @Test
    void aResentUpdateIsAnsweredTheSame() throws Exception {
        String body = TelegramFixtures.update("private_text.json");

        assertThat(post(body, SECRET).statusCode()).isEqualTo(200);
        assertThat(post(body, SECRET).statusCode()).isEqualTo(200);
    }

    @Test
    void wrongSecretIsRefusedAndNothingStored() throws Exception {
        assertThat(post(TelegramFixtures.update("private_text.json"), SECRET + "x").statusCode()).isEqualTo(401);
        assertThat(post(TelegramFixtures.update("private_text.json"), "").statusCode()).isEqualTo(401);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void missingSecretIsRefusedAndNothingStored() throws Exception {
        assertThat(post(TelegramFixtures.update("private_text.json"), null).statusCode()).isEqualTo(401);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void bodyThatIsNoUpdateIsABadRequest() throws Exception {
        assertThat(post("{not json", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("{\"message\":{}}", SECRET).statusCode()).isEqualTo(400);
        assertThat(post("", SECRET).statusCode()).isEqualTo(400);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void journalFailureAsksTelegramToResend() throws Exception {
        gateway.failNext(1);

        assertThat(post(TelegramFixtures.update("private_text.json"), SECRET).statusCode()).isEqualTo(503);
    }

    @Test
    void aSaturatedInstanceAsksTelegramToResendLater() throws Exception {
        gateway.busyNext(1);

        assertThat(post(TelegramFixtures.update("private_text.json"), SECRET).statusCode()).isEqualTo(503);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndNothingStored() throws Exception {
        String huge = "{\"update_id\":77,\"message\":{\"message_id\":1,\"date\":1,\"chat\":{\"id\":5,"
                + "\"type\":\"private\"},\"text\":\"" + "a".repeat(TelegramWebhookServlet.MAX_BODY) + "\"}}";

        assertThat(post(huge, SECRET).statusCode()).isEqualTo(413);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void aCallWithoutTheSecretIsRefusedBeforeItsBodyIsRead() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(("POST /telegram/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"update_id\":")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();

            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();

            assertThat(status).as("answered while the body is still on its way").startsWith("HTTP/1.1 401");
        }
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void atStartTheBotLearnedItsNameSetItsMenuAndItsWebhook() {
        assertThat(API.requests("getMe")).isNotEmpty();
        assertThat(API.requests("setMyCommands")).hasSize(6);
        RecordedRequest webhook = API.requests("setWebhook").get(0);
        assertThat(webhook.param("url")).isEqualTo("https://bot.example.org/telegram/webhook");
        assertThat(webhook.param("secret_token")).isEqualTo(SECRET);
        assertThat(LogRecorder.messages()).contains(
                "Telegram: on (webhook) as @" + API.botUsername() + " via " + API.baseUrl());
        assertThat(LogRecorder.messages()).noneMatch(message -> message.contains(API.token()));
    }

    @Test
    void webhookModeDoesNotPoll() {
        assertThat(context.getBeansOfType(TelegramPolling.class)).isEmpty();
        assertThat(context.getBean(TelegramStatus.class).reachable()).isTrue();
        assertThat(context.getBean(TelegramDeepLinks.class).startLink("abc"))
                .contains("https://t.me/" + API.botUsername() + "?start=abc");
    }

    private HttpResponse<String> post(String body, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(TelegramWebhookServlet.SECRET_HEADER, secret);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration"})
    @Import({TelegramConfiguration.class, TelegramWebhookServlet.class, CommandCatalog.class, Texts.class})
    static class WebhookApp {
        @Bean
        RecordingGateway recordingGateway() {
            return new RecordingGateway();
        }

        @Bean
        Command thuNghiem() {
            return command(CommandSpec.command("thu_nghiem").build());
        }

        @Bean
        Command bchThu() {
            return command(CommandSpec.command("bch_thu").minRole(Role.BCH).build());
        }

        private static Command command(CommandSpec spec) {
            return new Command() {
                @Override
                public CommandSpec spec() {
                    return spec;
                }

                @Override
                public void handle(vn.chidoan.core.kernel.pipeline.CommandContext ctx) {
                }
            };
        }
    }
}
