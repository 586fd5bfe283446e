package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import vn.chidoan.core.kernel.chat.DeepLinks;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.LogRecorder;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.MessengerFixtures;
import vn.chidoan.messenger.testing.MessengerWebhooks;

/** The adapter in a small web application, its webhook called as Facebook calls it, against a fake Graph API. */
@SpringBootTest(classes = MessengerWebhookControllerTest.WebhookApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "chidoan.messenger.app-secret=" + MessengerWebhookControllerTest.SECRET,
            "chidoan.messenger.verify-token=token",
            "chidoan.messenger.page-username=chidoan.test"})
class MessengerWebhookControllerTest {
    static final String SECRET = "the-app-secret";
    static final FakeGraphApi API = FakeGraphApi.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    RecordingGateway gateway;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void messenger(DynamicPropertyRegistry registry) {
        registry.add("chidoan.messenger.page-token", API::token);
        registry.add("chidoan.messenger.api-url", API::baseUrl);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @BeforeEach
    void reset() {
        gateway.clear();
    }

    static List<String> webhookBodies() {
        return MessengerFixtures.webhookNames();
    }

    @ParameterizedTest
    @MethodSource("webhookBodies")
    void everySignedFixtureIsAcceptedAndEachOfItsEventsStoredOnce(String fixture) throws Exception {
        String body = MessengerFixtures.webhook(fixture);
        int mark = LogRecorder.mark();

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(200);

        List<WebhookEvents.Event> expected = WebhookEvents.of(body);
        assertThat(gateway.accepted()).extracting(RecordingGateway.Accepted::key)
                .containsExactlyElementsOf(expected.stream().map(WebhookEvents.Event::key).toList());
        assertThat(gateway.accepted()).allSatisfy(accepted -> {
            assertThat(accepted.platform()).isEqualTo(Platform.MESSENGER);
            assertThat(accepted.lane()).startsWith("messenger:");
        });
        assertThat(LogRecorder.errorsSince(mark)).isEmpty();
    }

    @Test
    void theVerificationOfTheFixtureIsAnsweredWithItsChallenge() throws Exception {
        JsonObject note = JsonParser.parseString(MessengerFixtures.webhook(MessengerFixtures.VERIFICATION))
                .getAsJsonObject();
        JsonObject expected = note.getAsJsonObject("expected_response");

        HttpResponse<String> answer = get(note.get("raw_query_string").getAsString());

        assertThat(answer.statusCode()).isEqualTo(expected.get("status").getAsInt());
        assertThat(answer.body()).isEqualTo(expected.get("body").getAsString());
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith(expected.get("content_type").getAsString()));
    }

    @Test
    void aVerificationWithAnotherTokenOrModeIsForbidden() throws Exception {
        assertThat(get("hub.mode=subscribe&hub.challenge=1494994378&hub.verify_token=nope").statusCode())
                .isEqualTo(403);
        assertThat(get("hub.mode=unsubscribe&hub.challenge=1494994378&hub.verify_token=token").statusCode())
                .isEqualTo(403);
        assertThat(get("hub.challenge=1494994378").statusCode()).isEqualTo(403);
    }

    @Test
    void aForgedOrMissingSignatureIsRefusedAndNothingStored() throws Exception {
        String body = MessengerFixtures.webhook("text.json");
        String forged = body.replace("\"test\"", "\"/chidoan_them Chi đoàn Giả\"");

        assertThat(post(forged, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(403);
        assertThat(post(body, MessengerWebhooks.sign("not-the-secret", body)).statusCode()).isEqualTo(403);
        assertThat(post(body, null).statusCode()).isEqualTo(401);
        assertThat(post(body, "sha1=" + MessengerWebhooks.sign(SECRET, body).substring(7)).statusCode()).isEqualTo(403);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void aSignedBodyThatIsNoPageBatchIsABadRequest() throws Exception {
        String body = "{\"object\":\"instagram\",\"entry\":[]}";

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(400);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void aResentBatchIsAnsweredTheSame() throws Exception {
        String body = MessengerFixtures.webhook("batch.json");

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(200);
        assertThat(gateway.accepted()).hasSize(6);
    }

    @Test
    void aJournalFailureAsksFacebookToResend() throws Exception {
        gateway.failNext(1);
        String body = MessengerFixtures.webhook("text.json");

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(503);
    }

    @Test
    void aSaturatedInstanceAsksFacebookToResendTheBatch() throws Exception {
        gateway.busyNext(1);
        String body = MessengerFixtures.webhook("text.json");

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(503);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void aSignedBodyOverTheLimitIsRefusedWith413AndNothingStored() throws Exception {
        String text = "x".repeat(MessengerWebhookController.MAX_BODY);
        String body = MessengerFixtures.webhook("text.json").replace("\"test\"", "\"" + text + "\"");

        assertThat(post(body, MessengerWebhooks.sign(SECRET, body)).statusCode()).isEqualTo(413);
        assertThat(gateway.accepted()).isEmpty();
    }

    @Test
    void atStartTheGetStartedButtonIsSetAndTheLogSaysMessengerIsOnWithoutSecrets() {
        assertThat(API.profileCalls()).isNotEmpty().first().asString().contains(MessengerDecoder.GET_STARTED);
        assertThat(LogRecorder.messages()).contains("Messenger: on via " + API.baseUrl() + " for page chidoan.test");
        assertThat(LogRecorder.messages()).noneMatch(m -> m.contains(API.token()) || m.contains(SECRET));
        assertThat(context.getBean(MessengerStatus.class).reachable()).isTrue();
        assertThat(context.getBean(DeepLinks.class).startLink("LK7MNP2QXA"))
                .contains("https://m.me/chidoan.test?ref=LK7MNP2QXA");
    }

    private HttpResponse<String> post(String body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messenger/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header(WebhookSignature.HEADER, signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/messenger/webhook?" + query))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration"})
    @Import({MessengerConfiguration.class, MessengerWebhookController.class, Texts.class})
    static class WebhookApp {
        @Bean
        RecordingGateway recordingGateway() {
            return new RecordingGateway();
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }
}
