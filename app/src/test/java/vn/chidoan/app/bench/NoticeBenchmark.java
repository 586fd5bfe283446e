package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.testing.Province;
import vn.chidoan.app.testing.TelegramUpdates;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * A benchmark, not a unit test: one officer's {@code /thongbao} to a whole province
 * ({@code -Dbench.branches}, default 4,700; the province of {@link OfficerPostBenchmark}), (a) to its
 * Telegram groups against a fake Bot API that enforces Telegram's limits (30 messages a second, 20 a
 * minute to a group) with real 429s, (b) to a province whose branches are all on Messenger (16 members
 * each, every one inside the day's messaging window), against a fake Graph API that enforces the Send
 * API's 300 calls a second with its error 613. While it goes out, the officer types {@code /trogiup}
 * (on Telegram) again and again, each after the last answer and a pause of {@value #PAUSE_MS} ms.
 * Reported: the time until every chat has the notice (and any chat that got it twice), against the bound (chats / the platform's rate),
 * the time until the first chat had it,
 * the rate-limit answers, the interactive replies' p50/p99/max, the heap and the process's CPU. Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=NoticeBenchmark}
 * ({@code -Dtest='NoticeBenchmark#*Messenger*'} for one half, {@code -Dbench.branches=N} for a smaller province,
 * {@code -Dbench.jfr=<file>} for a flight recording of the broadcast); figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class NoticeBenchmark {
    static final long OFFICER = OfficerPostBenchmark.OFFICER;
    static final long PAUSE_MS = 500;
    static final int TELEGRAM_PER_SECOND = 30;

    /** One chat's notice as the fake API accepted it. */
    record Delivery(String chat, Instant at) {
    }

    @Test
    void aNoticeToEveryBranchOfTheProvinceAtTelegramsLimits() throws Exception {
        try (FakeBotApi api = FakeBotApi.start();
                BenchApp app = BenchApp.start(api, OfficerPostBenchmark.firstSlice())) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            new Province(OfficerPostBenchmark.BRANCHES, OfficerPostBenchmark.DISTRICTS, OfficerPostBenchmark.MEMBERS,
                    OfficerPostBenchmark.MESSENGER_EVERY).seed(app.context, OFFICER);
            int groups = (int) mongo.getCollection("chat_links").countDocuments();
            broadcast(app, api, "Telegram groups", groups, TELEGRAM_PER_SECOND, () -> api.requests("sendMessage")
                    .stream().filter(r -> r.succeeded() && r.chatId() != null && r.chatId().startsWith("-100"))
                    .map(r -> new Delivery(r.chatId(), r.at())).toList(), () -> api.tooManyRequests().size());
            Map<String, Long> refused = api.tooManyRequests().stream().collect(Collectors.groupingBy(
                    r -> r.method() + (r.chatId() != null && r.chatId().startsWith("-") ? " to a group" : " to a person"),
                    Collectors.counting()));
            System.out.printf("BENCH 429s by call: %s%n", refused);
            api.tooManyRequests().forEach(r -> System.out.printf("BENCH 429 %s to %s at %s: %s%n", r.method(),
                    r.chatId(), r.at(), acceptedInTheSecondBefore(api, r)));
            steadyState(api);
        }
    }

    @Test
    void aNoticeToEveryMessengerMemberOfTheProvinceAtTheSendApisLimit() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); FakeGraphApi graph = FakeGraphApi.start().keepingOnlyWhoAndWhen();
                BenchApp app = BenchApp.start(api, "--chidoan.messenger.page-token=" + graph.token(),
                        "--chidoan.messenger.api-url=" + graph.baseUrl(), "--chidoan.messenger.app-secret=bench",
                        "--chidoan.messenger.verify-token=bench", "--chidoan.messenger.page-username=chidoan.bench")) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            int members = new Province(OfficerPostBenchmark.BRANCHES, OfficerPostBenchmark.DISTRICTS,
                    OfficerPostBenchmark.MEMBERS, 1).seed(app.context, OFFICER);
            openWindows(mongo);
            broadcast(app, api, "Messenger members", members, FakeGraphApi.SENDS_PER_SECOND, () -> graph.sends()
                    .stream().filter(s -> s.succeeded() && s.recipient() != null)
                    .map(s -> new Delivery(s.recipient(), s.at())).toList(), () -> graph.rateLimited().size());
        }
    }

    /**
     * The pace once the notices flow: every message call the fake accepted (notices, the officer's replies
     * and progress edits) from the first notice to the last, per second, against Telegram's 30.
     */
    private static void steadyState(FakeBotApi api) {
        List<RecordedRequest> accepted = api.requests().stream().filter(r -> r.succeeded() && r.chatId() != null
                && (r.method().startsWith("send") || r.method().startsWith("edit"))).toList();
        List<Instant> notices = accepted.stream().filter(r -> r.chatId().startsWith("-100")).map(RecordedRequest::at)
                .sorted().toList();
        Instant first = notices.get(0);
        Instant last = notices.get(notices.size() - 1);
        long calls = accepted.stream().filter(r -> !r.at().isBefore(first) && !r.at().isAfter(last)).count();
        double seconds = (last.toEpochMilli() - first.toEpochMilli()) / 1e3;
        System.out.printf("BENCH steady state, first notice to last: %.1f s, %d notices (%.2f/s), %d message calls in all"
                + " (%.2f/s against %d/s)%n", seconds, notices.size(), notices.size() / seconds, calls, calls / seconds,
                TELEGRAM_PER_SECOND);
    }

    /** The messages the fake accepted in the second before a 429, as ms before it and method:chat. */
    private static String acceptedInTheSecondBefore(FakeBotApi api, RecordedRequest refused) {
        List<String> within = api.requests().stream().filter(r -> r.succeeded() && r.chatId() != null
                && (r.method().startsWith("send") || r.method().startsWith("edit")))
                .filter(r -> r.at().isAfter(refused.at().minusSeconds(1)) && !r.at().isAfter(refused.at()))
                .map(r -> (refused.at().toEpochMilli() - r.at().toEpochMilli()) + "ms " + r.method() + ":" + r.chatId())
                .toList();
        return within.size() + " accepted " + within;
    }

    /** Every Messenger member wrote to the Page an hour ago: the notice may reach them without a tag. */
    private static void openWindows(MongoTemplate mongo) {
        Date anHourAgo = Date.from(Instant.now().minusSeconds(3_600));
        List<Document> windows = new ArrayList<>();
        mongo.getCollection("accounts").find(Filters.regex("_id", "^messenger:")).projection(Projections.include("_id"))
                .forEach(account -> windows.add(new Document("_id", account.getString("_id"))
                        .append("lastInboundAt", anHourAgo)));
        for (int from = 0; from < windows.size(); from += 5_000) {
            mongo.getCollection("chat_windows").insertMany(windows.subList(from, Math.min(windows.size(), from + 5_000)));
        }
    }

    /**
     * The officer's notice to every branch, with their {@code /trogiup}s meanwhile: prints the time until
     * {@code chats} chats had it (each once), against {@code chats / perSecond}.
     */
    private static void broadcast(BenchApp app, FakeBotApi api, String what, int chats, int perSecond,
            Supplier<List<Delivery>> delivered, IntSupplier rateLimited) throws Exception {
        double bound = chats / (double) perSecond;
        System.out.printf("BENCH seeded %d branches, %d %s; bound %.1f s%n", OfficerPostBenchmark.BRANCHES, chats, what,
                bound);
        assertThat(app.post(OfficerPostBenchmark.update(1, "/thongbao Đề nghị các chi đoàn báo cáo."))).isEqualTo(200);
        RecordedRequest options = awaitToOfficer(api, 1);
        HeapWatch heap = HeapWatch.start();
        long cpuBefore = ThreadCpu.processNanos();

        long t0 = System.currentTimeMillis();
        List<long[]> waits = Collections.synchronizedList(new ArrayList<>());
        double total;
        try (heap; FlightRecording recording = FlightRecording.startIfAsked()) {
            assertThat(app.post(TelegramUpdates.press(OFFICER, options.resultMessageId(), "dlg:send"))).isEqualTo(200);
            AtomicBoolean done = new AtomicBoolean();
            Thread typist = typist(app, api, done, waits);
            total = awaitAll(delivered, rateLimited, chats, t0);
            done.set(true);
            typist.join();
        }
        long cpu = ThreadCpu.processNanos() - cpuBefore;

        List<Long> sorted = new ArrayList<>(waits.stream().map(w -> w[1] - w[0]).sorted().toList());
        System.out.printf("BENCH /thongbao to %d %s: %.1f s (bound %.1f s, ratio %.3f); rate-limit answers: %d%n",
                chats, what, total, bound, total / bound, rateLimited.getAsInt());
        System.out.printf("BENCH the first %s had it %.1f s after the press%n", what,
                (delivered.get().stream().mapToLong(d -> d.at().toEpochMilli()).min().orElseThrow() - t0) / 1e3);
        System.out.printf("BENCH /trogiup during the broadcast: %d replies, p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.size(), at(sorted, 0.50), at(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        System.out.printf("BENCH %s; process CPU %.1f s%n", heap.report(), cpu / 1e9);
        System.out.printf("BENCH chats a second, from the press: %s%n", perSecond(delivered.get(), t0));
        slowest(api, waits, 3);
    }

    /** The officer's slowest waits, each with every call to their chat from 1.5 s before it was typed until the answer. */
    private static void slowest(FakeBotApi api, List<long[]> waits, int shown) {
        List<long[]> sorted = new ArrayList<>(waits);
        sorted.sort((a, b) -> Long.compare(b[1] - b[0], a[1] - a[0]));
        for (long[] wait : sorted.subList(0, Math.min(shown, sorted.size()))) {
            List<String> calls = api.requests().stream().filter(r -> Long.toString(OFFICER).equals(r.chatId()))
                    .filter(r -> r.at().toEpochMilli() >= wait[0] - 1_500 && r.at().toEpochMilli() <= wait[1])
                    .map(r -> (r.at().toEpochMilli() - wait[0]) + "ms " + r.method() + (r.succeeded() ? "" : " refused"))
                    .toList();
            System.out.printf("BENCH a slow /trogiup: %d ms; calls to the officer from 1.5 s before it: %s%n",
                    wait[1] - wait[0], calls);
        }
    }

    /** How many chats had it in each second from {@code t0}, as "second:count" for the seconds under 95 % of the best. */
    private static String perSecond(List<Delivery> deliveries, long t0) {
        Map<Long, Long> counts = deliveries.stream().collect(Collectors.groupingBy(
                d -> (d.at().toEpochMilli() - t0) / 1000, java.util.TreeMap::new, Collectors.counting()));
        long best = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long last = counts.isEmpty() ? 0 : ((java.util.TreeMap<Long, Long>) counts).lastKey();
        List<String> low = new ArrayList<>();
        for (long second = 0; second < last; second++) {
            long n = counts.getOrDefault(second, 0L);
            if (n < best * 0.95) {
                low.add(second + ":" + n);
            }
        }
        return "best " + best + "; under 95 % of it: " + low.size() + " of " + last + " seconds " + low;
    }

    /** Types /trogiup, waits for the answer, pauses, and again, until {@code done}; records each wait (typed, answered) in epoch ms. */
    private static Thread typist(BenchApp app, FakeBotApi api, AtomicBoolean done, List<long[]> waits) {
        Thread thread = new Thread(() -> {
            long updateId = 100;
            try {
                while (!done.get()) {
                    int before = toOfficer(api).size();
                    long sent = System.currentTimeMillis();
                    app.post(OfficerPostBenchmark.update(updateId++, "/trogiup"));
                    RecordedRequest reply = awaitToOfficer(api, before + 1);
                    waits.add(new long[] {sent, reply.at().toEpochMilli()});
                    Thread.sleep(PAUSE_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "typist");
        thread.start();
        return thread;
    }

    private static List<RecordedRequest> toOfficer(FakeBotApi api) {
        return api.requests("sendMessage").stream().filter(r -> Long.toString(OFFICER).equals(r.chatId())
                && r.succeeded()).toList();
    }

    private static RecordedRequest awaitToOfficer(FakeBotApi api, int count) throws InterruptedException {
        while (true) {
            List<RecordedRequest> sent = toOfficer(api);
            if (sent.size() >= count) {
                return sent.get(count - 1);
            }
            Thread.sleep(10);
        }
    }

    /** Seconds from {@code t0} until the fake API has accepted the notice in every chat. */
    private static double awaitAll(Supplier<List<Delivery>> delivered, IntSupplier rateLimited, int chats, long t0)
            throws InterruptedException {
        long lastReport = System.currentTimeMillis();
        while (true) {
            List<Delivery> notices = delivered.get();
            if (System.currentTimeMillis() - lastReport > 10_000) {
                lastReport = System.currentTimeMillis();
                System.out.printf("BENCH at %.0f s: %d chats, %d rate-limit answers%n", (lastReport - t0) / 1e3,
                        notices.size(), rateLimited.getAsInt());
            }
            Map<String, Long> perChat = notices.size() < chats ? Map.of() : notices.stream()
                    .collect(Collectors.groupingBy(Delivery::chat, Collectors.counting()));
            if (perChat.size() >= chats) {
                System.out.printf("BENCH chats that got the notice twice: %s%n", perChat.entrySet().stream()
                        .filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList());
                return (notices.stream().mapToLong(d -> d.at().toEpochMilli()).max().orElseThrow() - t0) / 1e3;
            }
            Thread.sleep(500);
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}
