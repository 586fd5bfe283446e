package vn.chidoan.app.bench;

import static vn.chidoan.app.bench.OfficerPostBenchmark.DISTRICTS;
import static vn.chidoan.app.bench.OfficerPostBenchmark.MEMBERS;
import static vn.chidoan.app.bench.OfficerPostBenchmark.MESSENGER_EVERY;
import static vn.chidoan.app.bench.OfficerPostBenchmark.OFFICER;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.app.testing.Province;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.telegram.testing.FakeBotApi;

/**
 * The seeding step of {@link IdleCostBenchmark}, in a JVM of its own (its heap is {@code -Dbench.seed-heap},
 * default 3g): the app on the data directory writes the province, then {@code kept} delivered outbox
 * entries and as many handled events, spread over the last 29 days, and closes the file. Seeding a
 * million of each in the benchmark's own JVM (1 GB, which also holds the embedded server) ran out of
 * memory; the measured app never shares a JVM with the seeding.
 */
final class IdleSeed {
    static final int BATCH = 5_000;

    private final int branches;
    private final int kept;

    private IdleSeed(int branches, int kept) {
        this.branches = branches;
        this.kept = kept;
    }

    /** Arguments: the data directory, the branches, how many of each to keep. */
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (FakeBotApi api = FakeBotApi.start(); BenchApp seeding = BenchApp.start(api, data)) {
            new IdleSeed(Integer.parseInt(args[1]), Integer.parseInt(args[2])).seed(seeding);
        }
        System.exit(0);
    }

    /** Runs the seeding JVM on {@code data} and waits for it, copying its BENCH lines to this JVM's output. */
    static void inAJvmOfItsOwn(Path data, int branches, int kept) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + System.getProperty("bench.seed-heap", "3g"), "-cp", System.getProperty("java.class.path"),
                IdleSeed.class.getName(), data.toString(), Integer.toString(branches), Integer.toString(kept)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("BENCH") || line.contains("Exception") || line.contains("Error")) {
                    System.out.println(line);
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("seeding ended with " + process.exitValue());
        }
    }

    private void seed(BenchApp seeding) {
        MongoTemplate mongo = seeding.context.getBean(MongoTemplate.class);
        long start = System.nanoTime();
        new Province(branches, DISTRICTS, MEMBERS, MESSENGER_EVERY).seed(seeding.context, OFFICER);
        long province = System.nanoTime();
        seedOutbox(mongo);
        long outbox = System.nanoTime();
        seedInbound(mongo);
        System.out.printf("BENCH seeded %d branches, %d members in %.0f s, %d delivered outbox entries in %.0f s,"
                + " %d handled events in %.0f s (seeding JVM: %d MB heap at most)%n", branches, branches * MEMBERS,
                (province - start) / 1e9, mongo.getCollection("outbox").countDocuments(), (outbox - province) / 1e9,
                mongo.getCollection("inbound_events").countDocuments(), (System.nanoTime() - outbox) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Delivered posts and answers to the province's chats, the oldest 29 days ago. */
    private void seedOutbox(MongoTemplate mongo) {
        Instant now = Instant.now();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < kept; i++) {
            Instant at = spread(now, i);
            ChatRef chat = new ChatRef(Platform.TELEGRAM, Long.toString(Province.group(i % branches)));
            Document entry = OutboxCodec.newEntry("bench:" + i + ":chat:" + chat.key(), chat, OutboxEntry.Kind.MESSAGE,
                    OutgoingMessage.text(RichText.plain("Thông báo số " + i + ": đề nghị các chi đoàn báo cáo.")),
                    null, null, i % 3 == 0 ? Priority.INTERACTIVE : Priority.BULK, at);
            entry.append(OutboxCodec.REV, 2L).append(OutboxCodec.STATUS, OutboxStatus.DELIVERED.name())
                    .append(OutboxCodec.ATTEMPTS, 1).append(OutboxCodec.PLATFORM_MESSAGE_ID, Long.toString(i))
                    .append(OutboxCodec.UPDATED_AT, Date.from(at.plusSeconds(2)));
            batch.add(entry);
            flushIfFull(mongo, "outbox", batch, i);
        }
        Province.insert(mongo, "outbox", batch);
    }

    /** Handled Telegram updates (DONE, their payload dropped as the app drops it), the oldest 29 days ago. */
    private void seedInbound(MongoTemplate mongo) {
        Instant now = Instant.now();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < kept; i++) {
            Date at = Date.from(spread(now, i));
            long member = 10_000_000L + i % (branches * MEMBERS);
            batch.add(new Document("_id", "telegram:update:" + (100_000_000L + i)).append("rev", 2L)
                    .append("platform", "telegram").append("lane", "telegram:" + member).append("status", "DONE")
                    .append("receivedAt", at).append("attempts", 1).append("finishedAt", at));
            flushIfFull(mongo, "inbound_events", batch, i);
        }
        Province.insert(mongo, "inbound_events", batch);
    }

    private static void flushIfFull(MongoTemplate mongo, String collection, List<Document> batch, int i) {
        if (batch.size() == BATCH) {
            Province.insert(mongo, collection, batch);
            batch.clear();
            if ((i + 1) % 100_000 == 0) {
                System.out.printf("BENCH seeding %s: %d written%n", collection, i + 1);
            }
        }
    }

    private Instant spread(Instant now, int i) {
        return now.minus(Duration.ofDays(29)).plusMillis((long) i * Duration.ofDays(29).toMillis() / kept);
    }
}
