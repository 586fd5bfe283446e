package vn.chidoan.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.scheduler.QuartzFiringTest.vn;

import java.lang.management.ManagementFactory;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderArming;
import vn.chidoan.core.org.reminder.ReminderKind;
import vn.chidoan.core.org.reminder.ReminderSeeder;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.TestMongo;
import vn.chidoan.core.testing.TravellingClock;

/**
 * The scheduler's figures on the embedded database (docs/benchmarks/scheduler.md): with 100,000
 * stored reminders, the time to rebuild every trigger at start and the heap they take above the
 * idle app; then the lateness of 1,000 occurrences all due at the same instant, from the due time
 * to their outbox write. Run only on demand:
 * {@code ./mvnw -q -B -o test -pl scheduler -am -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class SchedulerBenchmarkTest {
    static final int STORED = Integer.getInteger("bench.reminders", 100_000);
    static final int SAME_INSTANT = Integer.getInteger("bench.due", 1_000);
    static final int BRANCHES = 4_700;
    static final int MEMBERS_PER_BRANCH = 16;
    static final List<String> KINDS = List.of("meeting", "fee", "comment", "registration", "notice");
    /** Quartz's default pool (10 workers), unless {@code -Dbench.threads} says otherwise. */
    static final Map<String, Object> PRODUCTION_POOL = Map.of(
            "spring.quartz.properties.org.quartz.threadPool.threadCount", System.getProperty("bench.threads", "10"));

    /**
     * A kind that does what real ones do: reads the branch's roster now (one document by id: the
     * embedded server scans whole collections for queries on non-unique fields), then writes to the
     * outbox.
     */
    static final class BenchKind implements ReminderKind {
        final MongoTemplate mongo;
        final Outbox outbox;
        final TravellingClock clock;
        final ConcurrentLinkedQueue<Long> latenessMillis = new ConcurrentLinkedQueue<>();

        BenchKind(MongoTemplate mongo, Outbox outbox, TravellingClock clock) {
            this.mongo = mongo;
            this.outbox = outbox;
            this.clock = clock;
        }

        @Override
        public String kind() {
            return "meeting";
        }

        @Override
        public void fire(Reminder reminder, Occurrence occurrence) {
            Document branch = mongo.findById(reminder.unit().value(), Document.class, "bench_branches");
            ChatRef group = new ChatRef(Platform.SANDBOX, reminder.unit().value());
            outbox.enqueue(reminder.outboxKey(occurrence, group), group,
                    OutgoingMessage.text(RichText.plain(branch.getList("members", String.class).size() + " members")),
                    Priority.BULK);
            latenessMillis.add(Duration.between(occurrence.at(), clock.instant()).toMillis());
        }
    }

    /** The outbox's write: one document under a unique key. */
    record BenchOutbox(MongoTemplate mongo) implements Outbox {
        @Override
        public boolean enqueue(String key, ChatRef chat, OutgoingMessage message, Priority priority) {
            try {
                mongo.insert(new Document("_id", key).append("chat", chat.key()).append("text", message.text().markup()),
                        "bench_outbox");
                return true;
            } catch (DuplicateKeyException seen) {
                return false;
            }
        }

        @Override
        public boolean answerButton(String key, ChatRef chat, String callbackId, String toast) {
            return enqueue(key, chat, OutgoingMessage.text(RichText.plain(toast)), Priority.INTERACTIVE);
        }
    }

    @Test
    void rebuildHeapAndLateness() {
        try (TestMongo server = new TestMongo()) {
            TravellingClock clock = new TravellingClock(vn("2027-03-10T10:30"));
            MongoTemplate bench = server.template("bench");
            long seedStart = System.nanoTime();
            seed(bench, clock.instant());
            System.out.printf("seeded %,d reminders in %,d ms%n", STORED, (System.nanoTime() - seedStart) / 1_000_000);
            BenchOutbox outbox = new BenchOutbox(bench);
            BenchKind kind = new BenchKind(bench, outbox, clock);

            long idleHeap;
            try (SchedulerNode idle = new SchedulerNode(server.template("idle"), clock, outbox, kind, PRODUCTION_POOL)) {
                idleHeap = usedHeapAfterGc();
            }
            long startBegan = System.nanoTime();
            try (SchedulerNode node = new SchedulerNode(bench, clock, outbox, kind, PRODUCTION_POOL)) {
                long startupMillis = (System.nanoTime() - startBegan) / 1_000_000;
                ReminderArming.Rebuilt rebuilt = node.bean(ReminderStartup.class).rebuilt();
                int triggers = node.reminderTriggers().size();
                long heapAbove = usedHeapAfterGc() - idleHeap;
                List<Long> lateness = lateness(node, kind, clock);
                report(rebuilt, startupMillis, triggers, heapAbove, lateness);
                assertThat(rebuilt.reminders()).isEqualTo(STORED);
                assertThat(lateness).hasSize(SAME_INSTANT);
            }
        }
    }

    private static List<Long> lateness(SchedulerNode node, BenchKind kind, TravellingClock clock) {
        Instant due = clock.instant().plusSeconds(30).truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        for (int i = 0; i < SAME_INSTANT; i++) {
            node.reminders().save(new Reminder("meeting", "due-" + i, new UnitId("branch-" + i % BRANCHES),
                    new Schedule.OneOff(due.plus(Duration.ofHours(2))), List.of(Duration.ofHours(2))));
        }
        assertThat(clock.instant()).as("all saved before they are due").isBefore(due);
        await().atMost(Duration.ofMinutes(2)).until(() -> !clock.instant().isBefore(due.minusMillis(200)));
        long cpuBefore = processCpuNanos();
        await().atMost(Duration.ofMinutes(3)).until(() -> kind.latenessMillis.size() == SAME_INSTANT);
        System.out.printf("CPU (app and embedded database) per firing: %.2f ms%n",
                (processCpuNanos() - cpuBefore) / 1e6 / SAME_INSTANT);
        List<Long> sorted = new ArrayList<>(kind.latenessMillis);
        Collections.sort(sorted);
        return sorted;
    }

    private static void report(ReminderArming.Rebuilt rebuilt, long startupMillis, int triggers, long heapAbove,
            List<Long> lateness) {
        System.out.printf("rebuild: %,d reminders -> %,d triggers in %,d ms (context start %,d ms)%n",
                rebuilt.reminders(), triggers, rebuilt.took().toMillis(), startupMillis);
        System.out.printf("heap above the idle app: %,d MB%n", heapAbove / (1024 * 1024));
        System.out.printf("lateness of %,d occurrences due at one instant: p50 %,d ms, p99 %,d ms, max %,d ms%n",
                lateness.size(), percentile(lateness, 50), percentile(lateness, 99), lateness.get(lateness.size() - 1));
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** 4,700 branches of 16 members; reminders of every kind and schedule, events on whole hours. */
    private static void seed(MongoTemplate mongo, Instant now) {
        Random random = new Random(42);
        List<Document> branches = new ArrayList<>();
        for (int b = 0; b < BRANCHES; b++) {
            List<String> members = new ArrayList<>();
            for (int m = 0; m < MEMBERS_PER_BRANCH; m++) {
                members.add("member-" + b + "-" + m);
            }
            branches.add(new Document("_id", "branch-" + b).append("members", members));
        }
        mongo.insert(branches, "bench_branches");
        List<Reminder> batch = new ArrayList<>();
        for (int i = 0; i < STORED; i++) {
            batch.add(reminder(i, random, now));
            if (batch.size() == 5_000) {
                ReminderSeeder.insert(mongo, batch, now);
                batch.clear();
            }
        }
        ReminderSeeder.insert(mongo, batch, now);
        for (int b = 0; b < BRANCHES; b += 10) {
            ReminderSeeder.customise(mongo, new UnitId("branch-" + b), "meeting", List.of(Duration.ofDays(2)));
        }
    }

    private static Reminder reminder(int i, Random random, Instant now) {
        LocalTime time = LocalTime.of(7 + random.nextInt(14), 0);
        int pick = random.nextInt(100);
        Schedule schedule = pick < 40
                ? new Schedule.OneOff(now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(24 + random.nextInt(60 * 24))))
                : pick < 70 ? new Schedule.Monthly(random.nextInt(32) == 0 ? Schedule.LAST_DAY : 1 + random.nextInt(31), time)
                : pick < 85 ? new Schedule.Weekly(DayOfWeek.of(1 + random.nextInt(7)), time)
                : new Schedule.Quarterly(1 + random.nextInt(3), 1 + random.nextInt(31), time);
        List<Duration> offsets = random.nextInt(10) == 0 ? List.of(Duration.ofDays(1), Duration.ofHours(1)) : List.of();
        return new Reminder(KINDS.get(i % KINDS.size()), "t" + i, new UnitId("branch-" + random.nextInt(BRANCHES)),
                schedule, offsets);
    }
}
