package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * the summary are saved, and to the first post the fake API took for a branch's chat; the heap
 * ({@link HeapWatch}; {@code -Dbench.jfr=<file>} records the run; {@code -Dbench.first-slice=N} sets the
 * fan-out's first slice). Run with
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
        try (FakeBotApi api = FakeBotApi.start(); BenchApp app = BenchApp.start(api, firstSlice())) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            long seedStart = System.nanoTime();
            int expectedChats = new Province(BRANCHES, DISTRICTS, MEMBERS, MESSENGER_EVERY).seed(app.context, OFFICER);
            System.out.printf("BENCH seeded %d branches, %d members, %d chats to reach in %.1f s%n", BRANCHES,
                    BRANCHES * MEMBERS, expectedChats, (System.nanoTime() - seedStart) / 1e9);

            HeapWatch heap = HeapWatch.start();
            long cpuBefore = ThreadCpu.processNanos();
            long t0 = System.nanoTime();
            double reply;
            double next;
            double done;
            try (heap; FlightRecording profile = FlightRecording.startIfAsked()) {
                String deadline = deadline(app.context.getBean(Clock.class));
                post(app, update(1, "/gopy Kế hoạch năm mới hạn " + deadline + "\nĐề nghị các chi đoàn góp ý."));
                post(app, update(2, "/trogiup"));
                reply = awaitReply(api, "Kế hoạch năm mới", t0);
                next = awaitReply(api, "/gopy", t0);
                done = awaitFanOut(mongo, expectedChats, t0);
            }
            long cpu = ThreadCpu.processNanos() - cpuBefore;
            System.out.printf("BENCH /gopy to %d branches: reply after %.2f s, next command in the lane answered after"
                    + " %.2f s, first post sent to a branch after %.2f s, all %d posts in the outbox and %d reminders"
                    + " saved after %.2f s%n", BRANCHES, reply, next, firstToABranch(api, "Kế hoạch năm mới", t0),
                    expectedChats, BRANCHES + 1, done);
            System.out.printf("BENCH %s; process CPU %.1f s%n", heap.report(), cpu / 1e9);
        }
    }

    /** {@code -Dbench.first-slice=N}: the fan-out's first slice (250 is how it was before it started small). */
    static String[] firstSlice() {
        String first = System.getProperty("bench.first-slice");
        return first == null ? new String[0] : new String[] {"--chidoan.fanout.first-slice=" + first};
    }

    private static String deadline(Clock clock) {
        return LocalDate.now(clock).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** Seconds from {@code t0} to the first reply to the officer whose text contains {@code marker}. */
    static double awaitReply(FakeBotApi api, String marker, long t0) throws InterruptedException {
        while (true) {
            for (RecordedRequest r : api.requests("sendMessage")) {
                if (Long.toString(OFFICER).equals(r.chatId()) && r.text() != null && r.text().contains(marker)) {
                    return seconds(r, t0);
                }
            }
            Thread.sleep(50);
        }
    }

    /** Seconds from {@code t0} to the first message containing {@code marker} the fake API took for a chat not the officer's. */
    static double firstToABranch(FakeBotApi api, String marker, long t0) {
        return api.requests("sendMessage").stream()
                .filter(r -> !Long.toString(OFFICER).equals(r.chatId()) && r.text() != null && r.text().contains(marker))
                .mapToDouble(r -> seconds(r, t0)).min().orElse(Double.NaN);
    }

    /** Seconds from {@code t0} (a {@link System#nanoTime()}) to when the fake API took the request. */
    private static double seconds(RecordedRequest r, long t0) {
        long nanoOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        return (r.at().toEpochMilli() * 1_000_000L - nanoOffset - t0) / 1e9;
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

    static void post(BenchApp app, String body) throws Exception {
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
