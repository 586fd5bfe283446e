package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.testing.Province;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * A benchmark, not a unit test: one officer's {@code /thongbao} to a whole province
 * ({@code -Dbench.branches}, default 4,700; the province of {@link OfficerPostBenchmark}), against a fake
 * Bot API that enforces Telegram's limits (30 messages a second, 20 a minute to a group) with real 429s.
 * While it goes out, the officer types {@code /trogiup} again and again, each after the last answer and a
 * pause of {@value #PAUSE_MS} ms. Reported: the time until every group has the notice, against the bound
 * (groups / 30 s), the 429s, the interactive replies' p50/p99/max, the heap. Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=NoticeBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class NoticeBenchmark {
    static final long OFFICER = OfficerPostBenchmark.OFFICER;
    static final long PAUSE_MS = 500;

    @Test
    void aNoticeToEveryBranchOfTheProvinceAtTelegramsLimits() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); BenchApp app = BenchApp.start(api)) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            new Province(OfficerPostBenchmark.BRANCHES, OfficerPostBenchmark.DISTRICTS, OfficerPostBenchmark.MEMBERS,
                    OfficerPostBenchmark.MESSENGER_EVERY).seed(app.context, OFFICER);
            int groups = (int) mongo.getCollection("chat_links").countDocuments();
            double bound = groups / 30.0;
            System.out.printf("BENCH seeded %d branches, %d Telegram groups; bound %.1f s%n",
                    OfficerPostBenchmark.BRANCHES, groups, bound);

            assertThat(app.post(OfficerPostBenchmark.update(1, "/thongbao Đề nghị các chi đoàn báo cáo."))).isEqualTo(200);
            RecordedRequest options = awaitToOfficer(api, 1);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long idleHeap = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(idleHeap);
            Thread sampler = OfficerPostBenchmark.sampler(memory, peak);

            long t0 = System.currentTimeMillis();
            assertThat(app.post(press(2, options.resultMessageId(), "dlg:send"))).isEqualTo(200);
            AtomicBoolean done = new AtomicBoolean();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Thread typist = typist(app, api, done, latencies);
            double total = awaitGroups(api, groups, t0);
            done.set(true);
            typist.join();
            sampler.interrupt();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("BENCH /thongbao to %d groups: %.1f s (bound %.1f s, ratio %.3f); 429 answers: %d%n",
                    groups, total, bound, total / bound, api.tooManyRequests().size());
            System.out.printf("BENCH /trogiup during the broadcast: %d replies, p50 %d ms, p99 %d ms, max %d ms%n",
                    sorted.size(), at(sorted, 0.50), at(sorted, 0.99), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
            System.out.printf("BENCH heap: idle %d MB, peak %d MB (+%d MB)%n", OfficerPostBenchmark.mb(idleHeap),
                    OfficerPostBenchmark.mb(peak.get()), OfficerPostBenchmark.mb(peak.get() - idleHeap));
        }
    }

    /** Types /trogiup, waits for the answer, pauses, and again, until {@code done}; records each wait in ms. */
    private static Thread typist(BenchApp app, FakeBotApi api, AtomicBoolean done, List<Long> latencies) {
        Thread thread = new Thread(() -> {
            long updateId = 100;
            try {
                while (!done.get()) {
                    int before = toOfficer(api).size();
                    long sent = System.currentTimeMillis();
                    app.post(OfficerPostBenchmark.update(updateId++, "/trogiup"));
                    RecordedRequest reply = awaitToOfficer(api, before + 1);
                    latencies.add(reply.at().toEpochMilli() - sent);
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

    /** Seconds from {@code t0} until the fake Bot API has accepted the notice in every group. */
    private static double awaitGroups(FakeBotApi api, int groups, long t0) throws InterruptedException {
        long lastReport = System.currentTimeMillis();
        while (true) {
            List<RecordedRequest> notices = api.requests("sendMessage").stream()
                    .filter(r -> r.succeeded() && r.chatId() != null && r.chatId().startsWith("-100")).toList();
            if (System.currentTimeMillis() - lastReport > 10_000) {
                lastReport = System.currentTimeMillis();
                System.out.printf("BENCH at %.0f s: %d groups, %d 429s%n", (lastReport - t0) / 1e3, notices.size(),
                        api.tooManyRequests().size());
            }
            if (notices.size() >= groups) {
                assertThat(notices.stream().map(RecordedRequest::chatId).distinct()).as("no group twice").hasSize(groups);
                return (notices.stream().mapToLong(r -> r.at().toEpochMilli()).max().orElseThrow() - t0) / 1e3;
            }
            Thread.sleep(200);
        }
    }

    private static long at(List<Long> sorted, double quantile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    private static String press(long updateId, String messageId, String data) {
        return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb" + updateId + "\",\"from\":{\"id\":"
                + OFFICER + ",\"is_bot\":false,\"first_name\":\"Bí thư\",\"language_code\":\"vi\"},"
                + "\"message\":{\"message_id\":" + messageId + ",\"date\":1760000000,\"chat\":{\"id\":" + OFFICER
                + ",\"first_name\":\"Bí thư\",\"type\":\"private\"},\"text\":\"…\"},\"chat_instance\":\"1\","
                + "\"data\":\"" + data + "\"}}";
    }
}
