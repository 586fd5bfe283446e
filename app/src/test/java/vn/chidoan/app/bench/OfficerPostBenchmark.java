package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.testing.Province;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * A benchmark, not a unit test: one officer's {@code /gopy} to a whole province. The whole app in
 * webhook mode on the embedded database (file in a temp dir), a fake Bot API on loopback. The province
 * ({@code -Dbench.branches}, default 4,700 branches under 47 district units, 16 members each) is
 * written straight into the stores; one branch in twenty has no Telegram group and its members are on
 * Messenger, so the post goes to each of them in private. The province officer then posts
 * {@code /gopy} with a deadline from their private chat, followed at once by {@code /trogiup} from
 * the same chat (same inbound lane). Reported: the time to the officer's reply, to the answer of the
 * next command in the lane, until every chat's post is in the outbox and every branch's reminder and
 * the summary are saved; the heap. Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=OfficerPostBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class OfficerPostBenchmark {
    static final int BRANCHES = Integer.getInteger("bench.branches", 4_700);
    static final int DISTRICTS = 47;
    static final int MEMBERS = 16;
    static final int MESSENGER_EVERY = 20;
    static final long OFFICER = 77_000_001L;

    @Test
    void officerPostsToEveryBranchOfTheProvince() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); BenchApp app = BenchApp.start(api)) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            long seedStart = System.nanoTime();
            int expectedChats = new Province(BRANCHES, DISTRICTS, MEMBERS, MESSENGER_EVERY).seed(app.context, OFFICER);
            System.out.printf("BENCH seeded %d branches, %d members, %d chats to reach in %.1f s%n", BRANCHES,
                    BRANCHES * MEMBERS, expectedChats, (System.nanoTime() - seedStart) / 1e9);

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long idleHeap = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(idleHeap);
            Thread sampler = sampler(memory, peak);
            long cpuBefore = cpuNanos();

            long t0 = System.nanoTime();
            String deadline = deadline(app.context.getBean(Clock.class));
            post(app, update(1, "/gopy Kế hoạch năm mới hạn " + deadline + "\nĐề nghị các chi đoàn góp ý."));
            post(app, update(2, "/trogiup"));
            double reply = awaitReply(api, "Kế hoạch năm mới", t0);
            double next = awaitReply(api, "/gopy", t0);
            double done = awaitFanOut(mongo, expectedChats, t0);
            long cpu = cpuNanos() - cpuBefore;
            sampler.interrupt();
            System.gc();
            long afterHeap = memory.getHeapMemoryUsage().getUsed();
            System.out.printf("BENCH /gopy to %d branches: reply after %.2f s, next command in the lane answered after"
                    + " %.2f s, all %d posts in the outbox and %d reminders saved after %.2f s%n", BRANCHES, reply, next,
                    expectedChats, BRANCHES + 1, done);
            System.out.printf("BENCH heap: idle %d MB, peak %d MB (+%d MB), after GC %d MB (+%d MB); process CPU %.1f s%n",
                    mb(idleHeap), mb(peak.get()), mb(peak.get() - idleHeap), mb(afterHeap), mb(afterHeap - idleHeap),
                    cpu / 1e9);
        }
    }

    private static String deadline(Clock clock) {
        return LocalDate.now(clock).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Seconds from {@code t0} to the first reply to the officer whose text contains {@code marker}. */
    private static double awaitReply(FakeBotApi api, String marker, long t0) throws InterruptedException {
        long nanoOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        while (true) {
            for (RecordedRequest r : api.requests("sendMessage")) {
                if (Long.toString(OFFICER).equals(r.chatId()) && r.text() != null && r.text().contains(marker)) {
                    return (r.at().toEpochMilli() * 1_000_000L - nanoOffset - t0) / 1e9;
                }
            }
            Thread.sleep(50);
        }
    }

    /** Seconds from {@code t0} until every chat's post is in the outbox and every reminder is saved. */
    private static double awaitFanOut(MongoTemplate mongo, int chats, long t0) throws InterruptedException {
        MongoCollection<Document> outbox = mongo.getCollection("outbox");
        MongoCollection<Document> reminders = mongo.getCollection("reminders");
        var posts = Filters.regex("_id", Pattern.compile("^comment:1:chat:"));
        long posted = 0;
        long saved = 0;
        long lastReport = t0;
        while (true) {
            posted = outbox.countDocuments(posts);
            saved = reminders.countDocuments(Filters.in("kind", "comment", "comment-summary"));
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
                lastReport = System.nanoTime();
                System.out.printf("BENCH progress at %.0f s: %d posts, %d reminders%n", (lastReport - t0) / 1e9, posted,
                        saved);
            }
            if (posted >= chats && saved >= BRANCHES + 1) {
                double at = (System.nanoTime() - t0) / 1e9;
                assertThat(posted).isEqualTo(chats);
                assertThat(saved).isEqualTo(BRANCHES + 1);
                return at;
            }
            Thread.sleep(200);
        }
    }

    static Thread sampler(MemoryMXBean memory, AtomicLong peak) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void post(BenchApp app, String body) throws Exception {
        assertThat(app.post(body)).isEqualTo(200);
    }

    static String update(long updateId, String text) {
        int commandLength = text.split("[ \n]", 2)[0].length();
        String json = text.replace("\n", "\\n");
        return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId + ",\"date\":1760000000,"
                + "\"from\":{\"id\":" + OFFICER + ",\"is_bot\":false,\"first_name\":\"Bí thư\",\"language_code\":\"vi\"},"
                + "\"chat\":{\"id\":" + OFFICER + ",\"first_name\":\"Bí thư\",\"type\":\"private\"},"
                + "\"text\":\"" + json + "\",\"entities\":[{\"offset\":0,\"length\":" + commandLength
                + ",\"type\":\"bot_command\"}]}}";
    }
}
