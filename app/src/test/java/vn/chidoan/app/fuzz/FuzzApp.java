package vn.chidoan.app.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.app.ChidoanApplication;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.MessengerWebhooks;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * The whole app with Telegram (webhook) and Messenger on, on the embedded database in a temp dir,
 * against a fake Bot API and a fake Graph API, with {@link World}'s province in it. Sends inputs to its
 * webhooks as the platforms would (secret header, signature), keeps them to send again, and tells
 * when everything it was sent has been handled.
 */
final class FuzzApp implements AutoCloseable {
    static final String TELEGRAM_SECRET = "fuzz-telegram-secret";
    static final String APP_SECRET = "fuzz-app-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final FakeBotApi telegram = FakeBotApi.start();
    final FakeGraphApi messenger = FakeGraphApi.start();
    final ConfigurableApplicationContext context;
    final MongoTemplate mongo;
    final ErrorLog errors;
    private final String base;
    private final List<Inputs.Input> sent = new ArrayList<>();
    private final java.util.Map<Integer, Integer> statuses = new java.util.TreeMap<>();

    FuzzApp() throws Exception {
        context = new SpringApplicationBuilder(ChidoanApplication.class).run(
                "--server.port=0",
                "--chidoan.data-dir=" + Files.createTempDirectory("chidoan-fuzz"),
                "--chidoan.telegram.token=" + telegram.token(),
                "--chidoan.telegram.api-url=" + telegram.baseUrl(),
                "--chidoan.telegram.mode=webhook",
                "--chidoan.telegram.webhook-secret=" + TELEGRAM_SECRET,
                "--chidoan.messenger.page-token=" + messenger.token(),
                "--chidoan.messenger.api-url=" + messenger.baseUrl(),
                "--chidoan.messenger.app-secret=" + APP_SECRET,
                "--chidoan.messenger.verify-token=fuzz",
                "--chidoan.messenger.page-username=chidoan.fuzz",
                "--chidoan.bootstrap.admins=telegram:" + World.TELEGRAM_ADMIN + ",messenger:" + World.MESSENGER_ADMIN,
                "--logging.level.root=WARN");
        mongo = context.getBean(MongoTemplate.class);
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        World.PROVINCE.seed(context, World.OFFICER);
        errors = ErrorLog.attach();
    }

    /** Sends the input to its webhook (an {@code again} input: an earlier one once more); returns the status. */
    int send(Inputs.Input input) throws Exception {
        Inputs.Input actual = input.again() >= 0 && !sent.isEmpty() ? sent.get(input.again() % sent.size()) : input;
        if (actual.body() == null) {
            return 200;
        }
        sent.add(actual);
        int status = actual.messenger() ? post("/messenger/webhook", actual.body(), "X-Hub-Signature-256",
                MessengerWebhooks.sign(APP_SECRET, actual.body()))
                : post("/telegram/webhook", actual.body(), "X-Telegram-Bot-Api-Secret-Token", TELEGRAM_SECRET);
        statuses.merge(status, 1, Integer::sum);
        return status;
    }

    private int post(String path, String body, String header, String value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header(header, value).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Waits until no stored event waits or is being handled; false if some still do after {@code patience}. */
    boolean settled(Duration patience) throws InterruptedException {
        Query unfinished = Query.query(Criteria.where("status").in("PENDING", "PROCESSING"));
        long deadline = System.nanoTime() + patience.toNanos();
        while (mongo.exists(unfinished, "inbound_events")) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** Whether {@code key}'s handling wrote its first reply to the outbox within {@code patience}. */
    boolean answered(String key, Duration patience) throws InterruptedException {
        Query reply = Query.query(Criteria.where("_id").is("in:" + key + ":1"));
        long deadline = System.nanoTime() + patience.toNanos();
        while (!mongo.exists(reply, "outbox")) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    int inputs() {
        return sent.size();
    }

    /** What came of it all: events by outcome, outbox entries by status, what the fake platforms got. */
    String summary() {
        return String.format("webhook answers %s; inbound events: %s; outbox entries: %s; Bot API calls %d,"
                + " Graph API sends %d", statuses, countBy("inbound_events"), countBy("outbox"),
                telegram.requests().size(), messenger.sends().size());
    }

    private java.util.Map<String, Integer> countBy(String collection) {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        mongo.getCollection(collection).find().projection(new org.bson.Document("status", 1).append("lastError", 1))
                .forEach(doc -> counts.merge(doc.getString("status") + (String.valueOf(doc.get("lastError"))
                        .startsWith("undecodable") ? " (undecodable)" : ""), 1, Integer::sum));
        return counts;
    }

    @Override
    public void close() {
        context.close();
        telegram.close();
        messenger.close();
    }
}
