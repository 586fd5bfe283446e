package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import vn.chidoan.app.testing.CountedCommands;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * The webhook's benchmark, not a unit test: the whole app in webhook mode on the embedded database, a
 * fake Bot API on loopback. After a warm-up of group chatter, phase 1 sends
 * {@value #PACED} {@code /trogiup} updates at 20/s, under Telegram's 30 msg/s budget, and reports the
 * time from posting an update to the reply's sendMessage at the fake API. A second warm-up floods
 * {@code -Dbench.warmup} (10,000) {@code /trogiup} updates from other private chats, unmeasured, and
 * waits until they are handled: without it the measured flood was the first time the JIT compilers
 * saw the flood's path at full speed, and their threads were the largest consumer of CPU in it (21 %
 * of the threads' CPU in a flight recording) — a cost a server pays once after it starts, not per
 * update. Phase 2 floods
 * {@code /telegram/webhook} with {@value #UPDATES} {@code /trogiup} updates from distinct private
 * chats over {@code -Dbench.clients} connections (8, each a {@link LeanClient} posting requests built
 * beforehand) and reports updates/s and the webhook's answer time, then
 * waits until every update is handled (their replies stay queued behind Telegram's pace). Phase 3
 * sends {@code -Dbench.rate} (1,000) updates a second for {@code -Dbench.steady-seconds} (15), open
 * loop, and reports the answer time from when each was due and how soon all were handled. An update
 * refused with 503 (the lanes are full) is sent again {@value #BUSY_PAUSE_MS} ms later, as Telegram
 * sends again what was not answered 200, and the refusals are counted. It also
 * prints the CPU time per update by thread, which a busy machine moves much less than the wall-clock
 * figures, the JIT compilers' and garbage collector's, the app's alone (the process without the load
 * generator's {@code bench-client} threads) and the whole machine's. Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=WebhookBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class WebhookBenchmark {
    static final int UPDATES = 20_000;
    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final int PACED = 300;
    static final int WARM_UP = 2_000;
    static final int WARM_FLOOD = Integer.getInteger("bench.warmup", 10_000);
    /** Phase 3: updates a second at a steady, open-loop rate, and for how many seconds. */
    static final int STEADY_RATE = Integer.getInteger("bench.rate", 1_000);
    static final int STEADY_SECONDS = Integer.getInteger("bench.steady-seconds", 15);
    /** Telegram sends an update again after a failed answer; the flood waits this long before it does. */
    static final long BUSY_PAUSE_MS = 100;

    @Test
    void webhookThroughputAndReplyLatency() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); BenchApp app = BenchApp.start(api)) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            MeterRegistry meters = app.context.getBean(MeterRegistry.class);
            warmUp(app);
            awaitHandled(meters, mongo, WARM_UP);
            long[] replies = paced(app, api);
            if (WARM_FLOOD > 0) {
                flood(app, 3_000_000, 6_000_000, WARM_FLOOD, "warm-up flood (not measured)");
                awaitHandled(meters, mongo, WARM_UP + PACED + WARM_FLOOD);
                ThreadCpu.awaitCompilersIdle();
            }
            long[] answers = measuredFlood(app, meters, mongo);
            report(answers, replies);
            if (STEADY_SECONDS > 0) {
                steady(app);
                awaitHandled(meters, mongo, WARM_UP + PACED + WARM_FLOOD + UPDATES + STEADY_RATE * STEADY_SECONDS);
            }
        }
    }

    /**
     * Phase 2: {@link #UPDATES} updates flooded over {@link #CLIENTS} connections, measured until every
     * one is handled: CPU per update by thread, the process's and the app's alone, and the database
     * commands per update; returns each update's webhook answer time.
     */
    private static long[] measuredFlood(BenchApp app, MeterRegistry meters, MongoTemplate mongo) throws Exception {
        ThreadCpu beforeFlood = ThreadCpu.now();
        NativeCpu nativeBefore = NativeCpu.now();
        int commandsBefore = app.commands.mark();
        long processBefore = ThreadCpu.processNanos();
        long clientsBefore = Flood.clientCpuNanos();
        long[] answers;
        try (FlightRecording profile = FlightRecording.startIfAsked()) {
            answers = flood(app, 1_000_000, 5_000_000, UPDATES, "flood");
            awaitHandled(meters, mongo, WARM_UP + PACED + WARM_FLOOD + UPDATES);
        }
        ThreadCpu threads = beforeFlood.since();
        System.out.printf("BENCH CPU per update, flood until all handled (ms, by thread): %s%n",
                threads.perUnit(UPDATES));
        System.out.printf("BENCH process CPU per update, flood until all handled: %.3f ms (GC and JIT included);"
                + " the app alone (without the load generator's threads) %.3f ms; %s%n",
                (ThreadCpu.processNanos() - processBefore) / 1e6 / UPDATES,
                (ThreadCpu.processNanos() - processBefore - (Flood.clientCpuNanos() - clientsBefore)) / 1e6 / UPDATES,
                NativeCpu.now().since(nativeBefore, UPDATES));
        System.out.printf("BENCH database commands per update, flood until all handled, webhook and lanes: %s%n",
                perUpdate(app.commands.countedSince(commandsBefore, CountedCommands::inboundThread)));
        System.out.printf("BENCH database commands per update, flood until all handled, other threads: %s%n",
                perUpdate(app.commands.countedSince(commandsBefore, thread -> !CountedCommands.inboundThread(thread))));
        return answers;
    }

    /**
     * Phase 3: {@link #STEADY_RATE} updates a second from distinct private chats for
     * {@link #STEADY_SECONDS} s, each due at its own moment ({@link SteadyRate}); the answer time is
     * counted from when the update was due, so a server that falls behind shows it.
     */
    private static void steady(BenchApp app) throws Exception {
        URI webhook = URI.create(app.webhook);
        byte[][] requests = requests(webhook, 4_000_000, 10_000_000, STEADY_RATE * STEADY_SECONDS);
        SteadyRate.Result steady = SteadyRate.run(webhook, requests, STEADY_RATE, CLIENTS, BUSY_PAUSE_MS);
        long[] nanos = steady.nanos();
        Arrays.sort(nanos);
        System.out.printf("BENCH steady: %d updates due at %d a second took %.2f s (%.0f updates/s);"
                + " webhook answer from when due: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d answers 503%n",
                nanos.length, STEADY_RATE, steady.seconds(), nanos.length / steady.seconds(), ms(nanos, 0.50),
                ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, steady.busy());
    }

    /** Commands by name and collection, per flooded update, the most frequent first. */
    private static String perUpdate(Map<String, Integer> counted) {
        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder out = new StringBuilder(String.format("total %.2f", (double) total / UPDATES));
        counted.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
                .forEach(e -> out.append(String.format(", %s %.3f", e.getKey(), (double) e.getValue() / UPDATES)));
        return out.toString();
    }

    /** Ordinary chatter in a group the bot is not linked to: handled in full, answered with nothing. */
    private static void warmUp(BenchApp app) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            postUntilTaken(app, chatter(9_000_000 + i, 7_000_000 + i % 50));
        }
    }

    /**
     * Posts an update, sent again {@value #BUSY_PAUSE_MS} ms after each 503 as Telegram would: the
     * warm-up's chatter all goes to one group, so to one lane, which refuses while its oldest waiting
     * event has waited 2.5 s.
     */
    private static void postUntilTaken(BenchApp app, String update) throws Exception {
        int status = app.post(update);
        while (status == 503) {
            Thread.sleep(BUSY_PAUSE_MS);
            status = app.post(update);
        }
        if (status != 200) {
            throw new IllegalStateException("webhook answered " + status);
        }
    }

    /**
     * Posts {@code count} updates from distinct private chats over {@link #CLIENTS} lean connections
     * ({@link Flood}), the requests built before the clock starts; returns each update's answer time.
     */
    private static long[] flood(BenchApp app, long firstUpdate, long firstChat, int count, String phase)
            throws Exception {
        URI webhook = URI.create(app.webhook);
        return Flood.run(webhook, requests(webhook, firstUpdate, firstChat, count), CLIENTS, BUSY_PAUSE_MS, phase);
    }

    /** {@code /trogiup} requests from distinct private chats, built once so that building them is not measured. */
    private static byte[][] requests(URI webhook, long firstUpdate, long firstChat, int count) {
        byte[][] requests = new byte[count][];
        for (int i = 0; i < count; i++) {
            requests[i] = LeanClient.request(webhook, BenchApp.SECRET, update(firstUpdate + i, firstChat + i));
        }
        return requests;
    }

    /**
     * Waits until every stored event is handled; reports how long that took after the last post. It
     * watches the app's own counter of handled events, then checks the journal once they are all
     * counted: counting the journal every 100 ms meant scanning it on the embedded server, competing
     * with the app being measured.
     */
    private static void awaitHandled(MeterRegistry meters, MongoTemplate mongo, int total) throws InterruptedException {
        long started = System.nanoTime();
        while (meters.find("chidoan.inbound.processed").counters().stream().mapToDouble(Counter::count).sum() < total) {
            Thread.sleep(20);
        }
        Query pending = Query.query(Criteria.where("status").in("PENDING", "PROCESSING"));
        while (mongo.count(pending, "inbound_events") > 0) {
            Thread.sleep(100);
        }
        long done = mongo.count(Query.query(Criteria.where("status").is("DONE")), "inbound_events");
        System.out.printf("BENCH handled: %d events done, the last %.2f s after the last post%n", done,
                (System.nanoTime() - started) / 1e9);
        assertThat(done).isEqualTo(total);
    }

    private static long[] paced(BenchApp app, FakeBotApi api) throws Exception {
        Map<String, Long> postedAt = new ConcurrentHashMap<>();
        for (int i = 0; i < PACED; i++) {
            long chat = 8_000_000 + i;
            postedAt.put(String.valueOf(chat), System.nanoTime());
            postUntilTaken(app, update(2_000_000 + i, chat));
            Thread.sleep(50);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (repliedTo(api, postedAt) < PACED && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return replyLatencies(api, postedAt);
    }

    private static long repliedTo(FakeBotApi api, Map<String, Long> chats) {
        return api.requests("sendMessage").stream().filter(r -> chats.containsKey(r.chatId())).count();
    }

    private static long[] replyLatencies(FakeBotApi api, Map<String, Long> postedAtNanos) {
        long nanoOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        return api.requests("sendMessage").stream()
                .filter(r -> postedAtNanos.containsKey(r.chatId()))
                .mapToLong(r -> r.at().toEpochMilli() * 1_000_000L - (postedAtNanos.get(r.chatId()) + nanoOffset))
                .toArray();
    }

    private static void report(long[] answers, long[] replies) {
        Arrays.sort(answers);
        Arrays.sort(replies);
        System.out.printf("BENCH webhook answer: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", ms(answers, 0.50),
                ms(answers, 0.99), answers[answers.length - 1] / 1e6);
        System.out.printf("BENCH update -> sendMessage (%d paced updates): p50 %.1f ms, p99 %.1f ms%n",
                replies.length, ms(replies, 0.50), ms(replies, 0.99));
        assertThat(replies).hasSize(PACED);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String chatter(long updateId, long userId) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":1,\"date\":1760000000,"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Lan\"},"
                + "\"chat\":{\"id\":-100999,\"title\":\"Nhóm\",\"type\":\"supergroup\"},"
                + "\"text\":\"Chào cả nhà\"}}";
    }

    private static String update(long updateId, long userId) {
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":1,\"date\":1760000000,"
                + "\"from\":{\"id\":" + userId + ",\"is_bot\":false,\"first_name\":\"Lan\",\"language_code\":\"vi\"},"
                + "\"chat\":{\"id\":" + userId + ",\"first_name\":\"Lan\",\"type\":\"private\"},"
                + "\"text\":\"/trogiup\",\"entities\":[{\"offset\":0,\"length\":8,\"type\":\"bot_command\"}]}}";
    }
}
