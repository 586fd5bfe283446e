package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.MessengerWebhooks;
import vn.chidoan.messenger.testing.RecordedSend;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * The whole app on the embedded database with Messenger on (and Telegram, in webhook mode, for
 * scenarios that cross platforms), talking to a fake Graph API and a fake Bot API on loopback.
 * Scenarios post signed webhook bodies to {@code /messenger/webhook} and read what the Page sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(BriskPrivatePace.class)
abstract class MessengerEndToEnd {
    static final String APP_SECRET = "e2e-app-secret";
    static final String VERIFY_TOKEN = "e2e-verify-token";
    static final String TELEGRAM_SECRET = "e2e-telegram-secret";
    static final String PAGE = "chidoan.e2e";
    static final String ADMIN = "7000100";
    /** How long a turn may take: a bound for a bot that does not answer, never a pause (a cold app on a busy machine is slow). */
    static final Duration WAIT = Duration.ofSeconds(30);
    static final FakeGraphApi GRAPH = FakeGraphApi.start();
    static final FakeBotApi TELEGRAM = FakeBotApi.start();

    private static final Pattern MME_REF = Pattern.compile("https://m\\.me/" + Pattern.quote(PAGE) + "\\?ref=([A-Za-z0-9]+)");

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
        registry.add("chidoan.messenger.page-token", GRAPH::token);
        registry.add("chidoan.messenger.api-url", GRAPH::baseUrl);
        registry.add("chidoan.messenger.app-secret", () -> APP_SECRET);
        registry.add("chidoan.messenger.verify-token", () -> VERIFY_TOKEN);
        registry.add("chidoan.messenger.page-username", () -> PAGE);
        EndToEndSupport.telegramWebhook(registry, TELEGRAM, TELEGRAM_SECRET);
        registry.add("chidoan.bootstrap.admins", () -> "messenger:" + ADMIN);
    }

    @AfterAll
    static void forgetRequests() {
        GRAPH.clear();
        TELEGRAM.clearRequests();
    }

    /** Posts a body as Facebook would, signed with the app secret; returns the HTTP status. */
    int post(String body) {
        return post(body, MessengerWebhooks.sign(APP_SECRET, body));
    }

    int post(String body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/messenger/webhook"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return EndToEndSupport.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpResponse<String> get(String query) {
        return EndToEndSupport.send(HttpRequest.newBuilder(uri("/messenger/webhook?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a Telegram update to the Telegram webhook; returns the HTTP status. */
    int postTelegram(String update) {
        return EndToEndSupport.postTelegram(port, update, TELEGRAM_SECRET);
    }

    /**
     * Posts a one-event body built by {@link MessengerWebhooks}, waits until it is handled and every
     * message it caused has left the outbox, and returns what the Page sent to {@code psid} meanwhile.
     */
    List<RecordedSend> exchange(String body, String psid) {
        int before = GRAPH.sendsTo(psid).size();
        assertThat(post(body)).isEqualTo(200);
        awaitSettled(MessengerWebhooks.keyOf(body));
        List<RecordedSend> sent = GRAPH.sendsTo(psid);
        return sent.subList(before, sent.size());
    }

    /** The person says {@code text} to the Page; returns what the Page answered. */
    List<RecordedSend> says(String psid, String text) {
        return exchange(MessengerWebhooks.text(psid, text, "mid." + psid + "." + System.nanoTime()), psid);
    }

    /** The person presses a postback button whose payload is {@code data}. */
    List<RecordedSend> presses(String psid, String data) {
        return exchange(MessengerWebhooks.postback(psid, "…", data), psid);
    }

    /** The person opens {@code https://m.me/<page>?ref=<ref>}. */
    List<RecordedSend> opens(String psid, String ref) {
        return exchange(MessengerWebhooks.referral(psid, ref), psid);
    }

    /** Posts the Telegram update, waits until it is handled and sent, and returns the first message it caused. */
    RecordedRequest telegramReply(Updates.Person person, String update) {
        int before = sentOnTelegram(person).size();
        assertThat(postTelegram(update)).isEqualTo(200);
        awaitSettled("telegram:update:" + TelegramEndToEnd.updateId(update));
        assertThat(sentOnTelegram(person)).hasSizeGreaterThan(before);
        return sentOnTelegram(person).get(before);
    }

    /** The messages the bot sent to the Telegram person's private chat. */
    List<RecordedRequest> sentOnTelegram(Updates.Person person) {
        return TELEGRAM.requests("sendMessage").stream().filter(r -> String.valueOf(person.id()).equals(r.chatId()))
                .filter(RecordedRequest::succeeded).toList();
    }

    /** Waits until the event is handled and no message it caused is still waiting to be sent. */
    void awaitSettled(String key) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(20)).until(() -> EndToEndSupport.settled(mongo, key));
    }

    /** An officer on Messenger (from the admin's code), a branch below, and its secretary with the join code. */
    Branch branch(String base) {
        String officer = base + "01";
        join(officer, mmeRef(says(ADMIN, "/donvi_them Tỉnh đoàn " + base)), "Trần Thị Bình");
        String linkCode = mmeRef(says(officer, "/chidoan_them Chi đoàn " + base));
        String secretary = base + "02";
        List<RecordedSend> done = join(secretary, linkCode, "Lê Văn Cường");
        return new Branch("Chi đoàn " + base, secretary, mmeRef(done));
    }

    /** Opens the m.me link with {@code ref}, agrees to the data terms, types their name; returns the answers to the agreement. */
    List<RecordedSend> join(String psid, String ref, String name) {
        String agree = opens(psid, ref).stream().flatMap(s -> s.postbacks().stream())
                .filter(p -> p.startsWith("consent:y")).findFirst().orElseThrow();
        List<RecordedSend> agreed = presses(psid, agree);
        says(psid, name);
        return agreed;
    }

    /** A branch on Messenger: its name, its secretary's PSID and the ref of its join link. */
    record Branch(String name, String secretary, String joinCode) {
    }

    /** The ref of the first {@code m.me} link of the Page in these messages. */
    static String mmeRef(List<RecordedSend> sent) {
        String all = String.join("\n", sent.stream().map(message -> (message.text() == null ? "" : message.text())
                + " " + String.join(" ", message.links())).toList());
        return mmeRef(all);
    }

    /** The ref of the first {@code m.me} link of the Page in a text (Telegram HTML, where "=" may be {@code &#x3D;}). */
    static String mmeRef(String text) {
        Matcher ref = MME_REF.matcher(text == null ? "" : text.replace("&#x3D;", "="));
        if (!ref.find()) {
            throw new AssertionError("no m.me link of the page in " + text);
        }
        return ref.group(1);
    }

    /** The first of these sends that uploaded a file (an export, a QR code), or null. */
    static RecordedSend firstUpload(List<RecordedSend> sent) {
        return sent.stream().filter(s -> s.upload() != null).findFirst().orElse(null);
    }

    /** Every text the person read, one per line. */
    static String texts(List<RecordedSend> sent) {
        return String.join("\n", sent.stream().map(RecordedSend::text).filter(t -> t != null).toList());
    }

    private URI uri(String path) {
        return EndToEndSupport.uri(port, path);
    }
}
