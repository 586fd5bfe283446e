package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.app.bench.OfficerPostBenchmark.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.testing.Province;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * A benchmark, not a unit test: the province officer's {@code /baocao} over a whole province (see
 * {@link OfficerPostBenchmark}; each branch held one meeting an hour ago, 12 of its 16 members came). The
 * officer sends {@code /baocao} and at once {@code /trogiup} from the same private chat (same inbound
 * lane). Reported: the time to the answer "đang tổng hợp…", to the next command's answer, to the
 * message of totals per district and to the .xlsx (its size; over 1 MiB it goes through the outbox's
 * chunks); the heap; the process CPU. Run with
 * {@code ./mvnw -B -o -pl app -am verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ProvinceReportBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class ProvinceReportBenchmark {
    static final int ATTENDED = 12;

    @Test
    void officerAsksForTheProvincesAttendance() throws Exception {
        try (FakeBotApi api = FakeBotApi.start(); BenchApp app = BenchApp.start(api)) {
            MongoTemplate mongo = app.context.getBean(MongoTemplate.class);
            long seedStart = System.nanoTime();
            new Province(BRANCHES, DISTRICTS, MEMBERS, MESSENGER_EVERY).seed(app.context, OFFICER);
            int meetings = meetings(mongo);
            System.out.printf("BENCH seeded %d branches, %d members, %d meetings in %.1f s%n", BRANCHES,
                    BRANCHES * MEMBERS, meetings, (System.nanoTime() - seedStart) / 1e9);

            HeapWatch heap = HeapWatch.start();
            long cpuBefore = ThreadCpu.processNanos();
            long t0 = System.nanoTime();
            double answer;
            double next;
            double totals;
            RecordedRequest file;
            try (heap) {
                post(app, update(1, "/baocao"));
                post(app, update(2, "/trogiup"));
                answer = awaitReply(api, "Đang tổng hợp", t0);
                next = awaitReply(api, "/gopy", t0);
                totals = awaitReply(api, "Tổng:", t0);
                file = awaitFile(api);
            }
            double filed = seconds(file.at(), t0);
            long cpu = ThreadCpu.processNanos() - cpuBefore;
            int bytes = file.files().values().iterator().next().content().length;
            System.out.printf("BENCH /baocao over %d branches: answered after %.2f s, next command in the lane after"
                    + " %.2f s, totals per district after %.2f s, the .xlsx (%d KB) after %.2f s%n", BRANCHES, answer,
                    next, totals, bytes / 1024, filed);
            System.out.printf("BENCH %s; process CPU %.1f s%n", heap.report(), cpu / 1e9);
            // the officer's help is two messages since the commands of main outgrew 4,096 characters
            assertThat(api.requests("sendMessage")).filteredOn(r -> Long.toString(OFFICER).equals(r.chatId()))
                    .extracting(RecordedRequest::text).as("the answer and the totals: one message each")
                    .filteredOn(t -> t.contains("Đang tổng hợp") || t.contains("Tổng:")).hasSize(2);
        }
    }

    /**
     * One meeting per branch, held and closed an hour ago (this month's), its 16 members expected and
     * {@value #ATTENDED} present.
     */
    private static int meetings(MongoTemplate mongo) {
        Date start = Date.from(Instant.now().minus(Duration.ofHours(1)));
        List<Document> meetings = new ArrayList<>();
        List<Document> attendance = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            String meeting = "mbench-" + b;
            List<String> expected = new ArrayList<>();
            for (int m = 0; m < MEMBERS; m++) {
                String person = "pbench" + b + "x" + m;
                expected.add(person);
                if (m < ATTENDED) {
                    attendance.add(new Document("_id", meeting + ":" + person).append("meeting", meeting)
                            .append("person", person).append("late", m >= ATTENDED - 2).append("at", start)
                            .append("how", "button"));
                }
            }
            meetings.add(new Document("_id", meeting).append("branch", "ubench-b" + b).append("start", start)
                    .append("topic", "Sinh hoạt chi đoàn").append("place", "Hội trường").append("recurring", false)
                    .append("createdAt", start).append("closedAt", start).append("expected", expected));
        }
        Province.insert(mongo, "meetings", meetings);
        Province.insert(mongo, "meeting_attendance", attendance);
        return meetings.size();
    }

    private static RecordedRequest awaitFile(FakeBotApi api) throws InterruptedException {
        while (true) {
            for (RecordedRequest r : api.requests("sendDocument")) {
                if (Long.toString(OFFICER).equals(r.chatId())) {
                    return r;
                }
            }
            Thread.sleep(50);
        }
    }

    private static double seconds(Instant at, long t0) {
        long nanoOffset = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
        return (at.toEpochMilli() * 1_000_000L - nanoOffset - t0) / 1e9;
    }
}
