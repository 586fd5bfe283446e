package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.bson.Document;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's CPU per command, not a unit test: the embedded server on a file (auto-commit off, one
 * commit a second under the commit lock, as the app runs it), reached over TCP by the real driver from
 * {@value #CLIENTS} threads, doing a webhook flood's commands on collections indexed as the app's:
 * the speaker's account found by {@code _id}, a chat's reachability found and inserted, an inbound
 * event inserted (two unique indexes, three secondary), an outbox entry inserted (two unique, five
 * secondary), and the events marked DONE in batches of {@value #DONE_BATCH}. Each kind of command runs
 * on its own, {@code -Dbench.commands} times (20,000), after a warm-up round of as many on
 * another database ({@code -Dbench.jfr=<file>} records the measured round); the
 * figures are the CPU time of the server's threads ({@code mongo-server-worker*}) and of the whole
 * process (the driver's threads and GC included) per command, which a busy machine moves much less
 * than wall-clock time. Run with
 * {@code ./mvnw -B -o -pl embedded-mongo verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ServerCommandsBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class ServerCommandsBenchmark {
    static final int PER_KIND = Integer.getInteger("bench.commands", 20_000);
    static final int CLIENTS = 4;
    static final int DONE_BATCH = 8;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long START = 1_764_900_000_000L;

    @TempDir
    Path dir;

    @Test
    void cpuPerCommandOfAWebhookFlood() throws Exception {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("bench.mv").toString()).cacheSize(64)
                .autoCommitDisabled().open();
        NativeKeyH2Backend backend = new NativeKeyH2Backend(store);
        MongoServer server = new MongoServer(backend);
        ScheduledExecutorService commits = Executors.newSingleThreadScheduledExecutor();
        commits.scheduleWithFixedDelay(backend::commit, 1, 1, TimeUnit.SECONDS);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            run(client.getDatabase("warmup"), PER_KIND, false);
            try (Recording recording = recordingIfAsked()) {
                run(client.getDatabase("chidoan"), PER_KIND, true);
            }
        } finally {
            commits.shutdown();
            commits.awaitTermination(10, TimeUnit.SECONDS);
            server.shutdown();
        }
    }

    /** A flight recording of the measured round when {@code -Dbench.jfr=<file>} asks for one. */
    private static Recording recordingIfAsked() throws Exception {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        String file = System.getProperty("bench.jfr");
        if (file != null) {
            recording.setDestination(Path.of(file));
            recording.start();
        }
        return recording;
    }

    private static void run(MongoDatabase db, int perKind, boolean report) throws Exception {
        MongoCollection<Document> accounts = db.getCollection("accounts");
        MongoCollection<Document> reach = db.getCollection("chat_reachability");
        MongoCollection<Document> inbound = indexed(db.getCollection("inbound_events"), List.of(
                List.of("status", "receivedAt"), List.of("status", "leaseUntil"), List.of("status", "finishedAt")));
        MongoCollection<Document> outbox = indexed(db.getCollection("outbox"), List.of(
                List.of("platform", "status", "rank", "createdAt", "nextAttemptAt"),
                List.of("platform", "status", "leaseUntil"), List.of("chat", "status"),
                List.of("chat", "status", "updatedAt"), List.of("status", "updatedAt")));
        accounts.createIndex(Indexes.ascending("person"));
        List<Document> people = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            people.add(new Document("_id", "telegram:" + (100_000 + i)).append("person", "p" + i)
                    .append("name", "Nguyễn Văn An " + i).append("language", "vi"));
        }
        accounts.insertMany(people);
        Map<String, String> figures = new TreeMap<>();
        measure(figures, "1 find accounts by _id (found)", perKind,
                i -> assertThat(accounts.find(new Document("_id", chat(i))).first()).isNotNull());
        measure(figures, "2 find chat_reachability by _id (none)", perKind,
                i -> assertThat(reach.find(new Document("_id", chat(i))).first()).isNull());
        measure(figures, "3 insert chat_reachability (_id only)", perKind, i -> reach.insertOne(
                new Document("_id", chat(i)).append("reachable", true).append("since", new Date(START + i))));
        measure(figures, "4 insert inbound_events (2 unique, 3 secondary)", perKind,
                i -> inbound.insertOne(inboundEvent(i)));
        measure(figures, "5 insert outbox (2 unique, 5 secondary)", perKind, i -> outbox.insertOne(outboxEntry(i)));
        measure(figures, "6 update inbound_events DONE, per event (batches of " + DONE_BATCH + ")", perKind / DONE_BATCH,
                batch -> assertThat(inbound.bulkWrite(done(batch)).getModifiedCount()).isEqualTo(DONE_BATCH));
        if (report) {
            figures.forEach((kind, figure) -> System.out.printf("BENCH %s: %s%n", kind, figure));
        }
    }

    private static MongoCollection<Document> indexed(MongoCollection<Document> collection, List<List<String>> secondary) {
        collection.createIndex(Indexes.ascending("_id", "rev"), new IndexOptions().name("key_rev").unique(true));
        for (List<String> fields : secondary) {
            collection.createIndex(Indexes.ascending(fields));
        }
        return collection;
    }

    /** Runs {@code count} calls over {@value #CLIENTS} threads; records the CPU per call of the server's threads and the process. */
    private static void measure(Map<String, String> figures, String kind, int count, IntConsumer call) throws Exception {
        long serverBefore = serverCpu();
        long processBefore = processCpu();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                done.add(clients.submit(() -> {
                    for (int i = first; i < count; i += CLIENTS) {
                        call.accept(i);
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            clients.shutdown();
        }
        int events = kind.contains("per event") ? count * DONE_BATCH : count;
        figures.put(kind, String.format("server threads %.1f µs, process %.1f µs CPU per %s; %.0f/s",
                (serverCpu() - serverBefore) / 1e3 / events, (processCpu() - processBefore) / 1e3 / events,
                events == count ? "command" : "event", events / ((System.nanoTime() - started) / 1e9)));
    }

    private static long serverCpu() {
        long total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("mongo-server-worker")) {
                total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String chat(int i) {
        return "telegram:" + (100_000 + i);
    }

    private static Document inboundEvent(int i) {
        String update = DocumentStorageBenchmark.telegramUpdate(i);
        return new Document("_id", "telegram:" + (900_000 + i)).append("rev", 0L).append("platform", "TELEGRAM")
                .append("lane", "telegram:" + (100_000 + i)).append("payload", update).append("status", "PENDING")
                .append("receivedAt", new Date(START + i)).append("attempts", 0);
    }

    private static List<UpdateOneModel<Document>> done(int batch) {
        List<UpdateOneModel<Document>> updates = new ArrayList<>();
        for (int i = batch * DONE_BATCH; i < (batch + 1) * DONE_BATCH; i++) {
            updates.add(new UpdateOneModel<>(new Document("_id", "telegram:" + (900_000 + i)).append("rev", 0L),
                    Updates.combine(Updates.inc("rev", 1L), Updates.set("status", "DONE"),
                            Updates.set("finishedAt", new Date(START + i + 50)), Updates.set("attempts", 1),
                            Updates.unset("payload"), Updates.unset("leaseOwner"), Updates.unset("leaseUntil"))));
        }
        return updates;
    }

    private static Document outboxEntry(int i) {
        Document message = new Document("method", "sendMessage").append("chat_id", 100_000L + i)
                .append("text", "Chi Đoàn Số — các lệnh: /diemdanh để điểm danh, /vang để báo vắng kèm lý do, "
                        + "/hop để xem lịch họp, /phi để xem đoàn phí. " + i);
        return new Document("_id", "telegram:" + (900_000 + i) + ":reply").append("rev", 0L)
                .append("platform", "TELEGRAM").append("chat", chat(i)).append("status", "PENDING").append("rank", 1)
                .append("message", message).append("attempts", 0).append("createdAt", new Date(START + i))
                .append("updatedAt", new Date(START + i)).append("nextAttemptAt", new Date(START + i));
    }
}
