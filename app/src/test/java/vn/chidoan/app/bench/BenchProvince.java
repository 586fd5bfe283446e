package vn.chidoan.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.org.unit.UnitKind;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * What the province benchmarks share: a province ({@code -Dbench.branches}, default 4,700 branches under
 * 47 district units, 16 members each) written straight into the stores, its officer's updates, and the
 * measures (time to a reply, heap, process CPU).
 */
final class BenchProvince {
    static final int BRANCHES = Integer.getInteger("bench.branches", 4_700);
    static final int DISTRICTS = 47;
    static final int MEMBERS = 16;
    static final int MESSENGER_EVERY = 20;
    static final long OFFICER = 77_000_001L;

    private BenchProvince() {
    }

    /**
     * The province: its root and officer through the app's services, everything else written straight
     * into the collections in bulk. Returns how many chats a post to every branch reaches.
     */
    static int seed(ConfigurableApplicationContext app, MongoTemplate mongo) {
        Organisation org = app.getBean(Organisation.class);
        Members members = app.getBean(Members.class);
        Unit root = org.create("Tỉnh đoàn Hà Nam", UnitKind.TINH_DOAN, null, "bench:root");
        Person officer = members.register(new Speaker(new UserRef(Platform.TELEGRAM, Long.toString(OFFICER)),
                "Bí thư Tỉnh đoàn", null, "vi"));
        org.appoint(officer.id(), root.id());

        Date now = Date.from(Instant.now());
        List<Document> units = new ArrayList<>();
        List<Document> links = new ArrayList<>();
        List<Document> persons = new ArrayList<>();
        List<Document> accounts = new ArrayList<>();
        List<Document> memberships = new ArrayList<>();
        int chats = 0;
        for (int d = 0; d < DISTRICTS; d++) {
            String district = "ubench-d" + d;
            units.add(unit(district, "Huyện đoàn " + d, UnitKind.HUYEN_DOAN, root.id().value(),
                    List.of(root.id().value()), now));
        }
        for (int b = 0; b < BRANCHES; b++) {
            String district = "ubench-d" + (b % DISTRICTS);
            String branch = "ubench-b" + b;
            units.add(unit(branch, "Chi đoàn " + b, UnitKind.CHI_DOAN, district, List.of(root.id().value(), district),
                    now));
            boolean messenger = b % MESSENGER_EVERY == 0;
            if (!messenger) {
                String chat = "telegram:-100" + (1_000_000 + b);
                links.add(new Document("_id", branch + "|telegram").append("chat", chat).append("branch", branch)
                        .append("platform", "TELEGRAM").append("linkedAt", now)
                        .append("linkedBy", officer.id().value()));
                chats++;
            }
            for (int m = 0; m < MEMBERS; m++) {
                String person = "pbench" + b + "x" + m;
                String account = (messenger ? "messenger:" : "telegram:") + (10_000_000L + (long) b * MEMBERS + m);
                persons.add(new Document("_id", person).append("name", "Đoàn viên " + b + "." + m).append("lang", "vi")
                        .append("consentAt", now).append("origin", "bench:" + person).append("createdAt", now));
                accounts.add(new Document("_id", account).append("person", person).append("linkedAt", now));
                memberships.add(new Document("_id", person + "@" + branch).append("person", person)
                        .append("branch", branch).append("role", m == 0 ? "SECRETARY" : "MEMBER")
                        .append("status", "ACTIVE").append("joinedAt", now));
                if (messenger) {
                    chats++;
                }
            }
        }
        insert(mongo, "units", units);
        insert(mongo, "chat_links", links);
        insert(mongo, "persons", persons);
        insert(mongo, "accounts", accounts);
        insert(mongo, "memberships", memberships);
        return chats;
    }

    static Document unit(String id, String name, UnitKind kind, String parent, List<String> ancestors,
            Date now) {
        return new Document("_id", id).append("name", name).append("kind", kind.name()).append("parent", parent)
                .append("ancestors", ancestors).append("origin", "bench:" + id).append("createdAt", now);
    }

    static void insert(MongoTemplate mongo, String collection, List<Document> docs) {
        MongoCollection<Document> target = mongo.getCollection(collection);
        for (int from = 0; from < docs.size(); from += 5_000) {
            target.insertMany(docs.subList(from, Math.min(docs.size(), from + 5_000)));
        }
    }


    /** Seconds from {@code t0} to the first reply to the officer whose text contains {@code marker}. */
    static double awaitReply(FakeBotApi api, String marker, long t0) throws InterruptedException {
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
