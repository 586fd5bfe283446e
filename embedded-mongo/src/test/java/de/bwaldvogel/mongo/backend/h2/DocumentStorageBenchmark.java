package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The storage format's benchmark, not a unit test: {@value #DOCUMENTS} documents shaped as the app's
 * outbox entries and inbound events, put into an H2 map and committed every {@value #PER_COMMIT}
 * (as the app's frequent commits do), then the file reopened with a cold 16 MB cache and every
 * document read back — with the stock value type (Java serialisation) and with {@link BsonDocumentType},
 * alternately, {@value #ROUNDS} rounds. Prints the CPU time of the thread that does the work (the
 * commits are made in it) and the file's size. Run with
 * {@code ./mvnw -B -o -pl embedded-mongo verify -Dgroups=benchmark -DexcludedGroups= -Dsurefire.failIfNoSpecifiedTests=false -Dtest=DocumentStorageBenchmark};
 * figures go to docs/BENCHMARKS.md.
 */
@Tag("benchmark")
class DocumentStorageBenchmark {
    static final int DOCUMENTS = 100_000;
    static final int PER_COMMIT = 1_000;
    static final int ROUNDS = 3;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path dir;

    @Test
    void insertCommitAndColdReadsJavaSerialisedAgainstBson() throws IOException {
        List<Document> documents = new ArrayList<>(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.add(i % 2 == 0 ? outboxEntry(i) : inboundEvent(i));
        }
        List<String> names = List.of("java-serialised", "bson");
        List<Supplier<DataType<?>>> types = List.of(ObjectDataType::new, BsonDocumentType::new);
        long[][] write = new long[2][ROUNDS];
        long[][] read = new long[2][ROUNDS];
        long[] size = new long[2];
        for (int round = 0; round < ROUNDS; round++) {
            for (int t = 0; t < 2; t++) {
                Path file = dir.resolve(names.get(t) + round + ".mv");
                Supplier<DataType<?>> type = types.get(t);
                write[t][round] = cpu(() -> store(file, type.get(), documents));
                size[t] = Files.size(file);
                read[t][round] = cpu(() -> assertThat(readAll(file, type.get())).isEqualTo(DOCUMENTS));
                Files.delete(file);
            }
        }
        for (int t = 0; t < 2; t++) {
            System.out.printf("BENCH %s: insert+commit %d documents: %s ms CPU (median %d); cold read of all: %s ms CPU"
                    + " (median %d); file %.1f MB%n", names.get(t), DOCUMENTS, Arrays.toString(ms(write[t])),
                    median(write[t]), Arrays.toString(ms(read[t])), median(read[t]), size[t] / 1e6);
        }
    }

    private static void store(Path file, DataType<?> type, List<Document> documents) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        try {
            MVMap<Object, Object> map = store.openMap("databases.db.things", mapOf(type));
            for (int i = 0; i < documents.size(); i++) {
                Document document = documents.get(i);
                map.put(document.get("_id"), document);
                if ((i + 1) % PER_COMMIT == 0) {
                    store.commit();
                }
            }
        } finally {
            store.close();
        }
    }

    private static int readAll(Path file, DataType<?> type) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(16).readOnly().open();
        try {
            int read = 0;
            for (Object value : store.openMap("databases.db.things", mapOf(type)).values()) {
                read += value instanceof Document ? 1 : 0;
            }
            return read;
        } finally {
            store.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static MVMap.Builder<Object, Object> mapOf(DataType<?> type) {
        return new MVMap.Builder<Object, Object>().valueType((DataType<Object>) type);
    }

    private static Document outboxEntry(int i) {
        Document keyboard = new Document("inline_keyboard", List.of(
                List.of(new Document("text", "✅ Có mặt").append("callback_data", "mt:a:" + i)),
                List.of(new Document("text", "❌ Vắng").append("callback_data", "mt:b:" + i))));
        return new Document("_id", "telegram:" + (100_000 + i) + ":reply:" + i).append("rev", 0L)
                .append("platform", "TELEGRAM").append("chat", "telegram:" + (100_000 + i)).append("status", "PENDING")
                .append("rank", 1).append("kind", "MESSAGE")
                .append("payload", new Document("method", "sendMessage").append("chat_id", 100_000L + i)
                        .append("text", "📋 Họp chi đoàn tháng 12 — Chủ nhật 14/12/2026, 8:00 tại hội trường. "
                                + "Gõ /diemdanh để điểm danh, /vang để báo vắng kèm lý do. " + i)
                        .append("reply_markup", keyboard))
                .append("attempts", 0).append("createdAt", Instant.ofEpochMilli(1_764_900_000_000L + i))
                .append("updatedAt", Instant.ofEpochMilli(1_764_900_000_000L + i))
                .append("nextAttemptAt", Instant.ofEpochMilli(1_764_900_000_000L + i)).append("leaseUntil", null);
    }

    private static Document inboundEvent(int i) {
        String update = telegramUpdate(i);
        return new Document("_id", "telegram:" + (900_000 + i)).append("rev", 0L).append("platform", "TELEGRAM")
                .append("lane", i % 8).append("status", "DONE").append("payload", update)
                .append("receivedAt", Instant.ofEpochMilli(1_764_900_000_000L + i))
                .append("finishedAt", Instant.ofEpochMilli(1_764_900_000_050L + i)).append("attempts", 1);
    }

    /** A Telegram update of a private {@code /trogiup}, as the webhook receives it, numbered {@code i}. */
    static String telegramUpdate(int i) {
        return "{\"update_id\":" + (900_000 + i) + ",\"message\":{\"message_id\":" + i + ",\"from\":{\"id\":"
                + (100_000 + i) + ",\"is_bot\":false,\"first_name\":\"Nguyễn\",\"last_name\":\"Văn An\","
                + "\"language_code\":\"vi\"},\"chat\":{\"id\":" + (100_000 + i) + ",\"type\":\"private\"},\"date\":"
                + (1_764_900_000 + i) + ",\"text\":\"/trogiup\",\"entities\":[{\"offset\":0,\"length\":8,"
                + "\"type\":\"bot_command\"}]}}";
    }

    private static long cpu(Runnable work) {
        long start = THREADS.getCurrentThreadCpuTime();
        work.run();
        return THREADS.getCurrentThreadCpuTime() - start;
    }

    private static long[] ms(long[] nanos) {
        return Arrays.stream(nanos).map(n -> n / 1_000_000).toArray();
    }

    private static long median(long[] nanos) {
        long[] sorted = ms(nanos);
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
