package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chidoan.app.ChidoanApplication;
import vn.chidoan.app.database.MongoEndpoint;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.dispatch.OutboxMetrics;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Past one node: two instances of the whole app in one JVM on one database (the first one's embedded
 * server), behind one bot. A webhook update is handled once whichever instance accepted it, and once
 * only when Telegram delivers it to both; 200 messages stored by one, which both send, go out within the
 * bot's overall pace (Telegram: 30 in any second) because the budget is in the
 * database, where each instance alone would keep only its own. That each
 * reminder fires once with two schedulers on one database is {@code TwoInstancesTest} in the scheduler.
 */
class TwoNodesTest {
    static final String SECRET = "two-nodes-secret";
    static final int PER_NODE = 40;
    static final int PER_SECOND = 30;
    static final int FLOOD = 200;
    /** Seconds a send may take from its place in the window to the fake API (measured: one run went 2.4 sends over without it). */
    static final double LATENCY = 0.25;

    @TempDir
    Path dir;

    @Test
    void eitherNodeTakesWebhooksAndTogetherTheyKeepOneBotsPace() throws Exception {
        try (FakeBotApi api = FakeBotApi.start();
                ConfigurableApplicationContext a = node(api, "a", null);
                ConfigurableApplicationContext b = node(api, "b", shared(a))) {
            List<String> updates = new ArrayList<>();
            for (int i = 0; i < 2 * PER_NODE; i++) {
                updates.add(Updates.privateText(new Person(88_000 + i, "Người", "Thứ " + i), "/trogiup"));
            }
            for (int i = 0; i < updates.size(); i++) {
                assertThat(post(i % 2 == 0 ? a : b, updates.get(i))).isEqualTo(200);
            }
            assertThat(post(b, updates.get(0))).as("Telegram delivering one update to both").isEqualTo(200);
            assertThat(post(a, updates.get(1))).isEqualTo(200);

            await().atMost(Duration.ofSeconds(60)).until(() -> replies(api).size() >= updates.size());
            Thread.sleep(1_000);
            Map<String, Long> perChat = replies(api).stream().collect(Collectors.groupingBy(RecordedRequest::chatId,
                    Collectors.counting()));
            assertThat(perChat).hasSize(updates.size()).allSatisfy((chat, n) -> assertThat(n).as(chat).isEqualTo(1));

            api.clearRequests();
            List<Outbox.Envelope> flood = new ArrayList<>();
            for (int i = 0; i < FLOOD; i++) {
                flood.add(new Outbox.Envelope("flood:" + i, new ChatRef(Platform.TELEGRAM, Long.toString(99_000 + i)),
                        OutgoingMessage.text(RichText.plain("Thông báo " + i)), Priority.BULK));
            }
            List<Double> sendsBefore = List.of(sends(a), sends(b));
            a.getBean(Outbox.class).enqueueAll(flood);
            await().atMost(Duration.ofSeconds(60)).until(() -> replies(api).size() >= FLOOD);
            List<RecordedRequest> sent = replies(api);
            assertThat(sent.stream().map(RecordedRequest::chatId).distinct()).hasSize(FLOOD);
            List<Instant> times = sent.stream().map(RecordedRequest::at).sorted().toList();
            assertThat(sends(a) - sendsBefore.get(0)).as("node a sent part of it").isPositive();
            assertThat(sends(b) - sendsBefore.get(1)).as("node b sent part of it").isPositive();
            System.out.printf("TWO NODES: %d messages sent by both in %d ms%n", FLOOD,
                    Duration.between(times.get(0), times.get(FLOOD - 1)).toMillis());
            assertWithinOneBotsPace(times);
        }
    }

    /**
     * In any stretch of T seconds, at most a second's worth of sends for each second it began (two budgets
     * would allow twice that). On a heavily loaded 2-core machine the two senders together reach only
     * about 21 a second (measured), under the pace anyway. {@code SharedPaceTest}, on a clock of its own,
     * tells one budget from two on any machine.
     */
    private static void assertWithinOneBotsPace(List<Instant> at) {
        for (int i = 0; i < at.size(); i++) {
            for (int j = i; j < at.size(); j++) {
                double seconds = Duration.between(at.get(i), at.get(j)).toNanos() / 1e9;
                // a place is taken when a send starts, the fake API records it when it arrives: a send's
                // latency (tens of ms on a loaded machine) can stretch the window the places were taken in
                assertThat(j - i + 1).as("sends between %s and %s", at.get(i), at.get(j))
                        .isLessThanOrEqualTo(PER_SECOND * ((int) Math.floor(seconds + LATENCY) + 1));
            }
        }
    }

    private ConfigurableApplicationContext node(FakeBotApi api, String name, String mongoUri) throws Exception {
        Path data = Files.createDirectories(dir.resolve(name));
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--chidoan.data-dir=" + data,
                "--chidoan.telegram.token=" + api.token(), "--chidoan.telegram.api-url=" + api.baseUrl(),
                "--chidoan.telegram.mode=webhook", "--chidoan.telegram.webhook-secret=" + SECRET,
                "--spring.quartz.scheduler-name=chidoan-" + name, "--chidoan.outbox.rescan-interval=200ms",
                "--logging.level.root=WARN"));
        if (mongoUri != null) {
            args.add("--chidoan.mongodb.uri=" + mongoUri);
        }
        return new SpringApplicationBuilder(ChidoanApplication.class).run(args.toArray(String[]::new));
    }

    /** The first node's embedded server, as a MongoDB URI for the second. */
    private static String shared(ConfigurableApplicationContext first) {
        MongoEndpoint endpoint = first.getBean(MongoEndpoint.class);
        return "mongodb://" + endpoint.connectionString().getHosts().get(0) + "/" + endpoint.database();
    }

    private static int post(ConfigurableApplicationContext node, String update) {
        return EndToEndSupport.postTelegram(Integer.parseInt(node.getEnvironment().getProperty("local.server.port")),
                update, SECRET);
    }

    private static double sends(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find(OutboxMetrics.SENDS).counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private static List<RecordedRequest> replies(FakeBotApi api) {
        return api.requests("sendMessage").stream().filter(RecordedRequest::succeeded).toList();
    }
}
