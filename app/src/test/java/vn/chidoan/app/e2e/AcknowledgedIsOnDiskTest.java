package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.NativeKeyH2Backend;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;

/**
 * What the app acknowledged is on disk at that moment, as a {@code kill -9} would leave it: every
 * update answered 200 is in the database file or in a whole record of the inbound journal (which the
 * next start stores again: {@code InboundJournalTest}), and the DELIVERED record of a message the
 * platform took is in the file or in a whole record of the outbox journal (which the next start puts
 * back: {@code DeliveryJournalTest}; a lost one would send the message again after a restart). Checked
 * on copies taken while the app runs (the journal first: a segment goes only once the file has its
 * records), opened as the next start would open them.
 */
class AcknowledgedIsOnDiskTest extends TelegramEndToEnd {

    @Test
    void everyUpdateAnsweredWithOkIsInTheFileTheMomentItIsAnswered() throws IOException {
        Person member = new Person(4_101, "Hà", null);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String update = Updates.groupText(member, -100_410L, "tin nhắn " + i);
            assertThat(post(update)).isEqualTo(200);
            keys.add("telegram:update:" + updateId(update));
        }

        List<String> journaled = inCopyOfTheJournal("inbound-journal", keys);
        List<String> inTheFile = new ArrayList<>();
        inCopyOfTheFile(db -> db.getCollection("inbound_events").find(Filters.in("_id", keys))
                .forEach(event -> inTheFile.add(event.getString("_id"))));
        assertThat(keys).allMatch(key -> journaled.contains(key) || inTheFile.contains(key));
    }

    /** Those of {@code keys} that a whole record of a copy of the journal in {@code journal} holds. */
    private static List<String> inCopyOfTheJournal(String journal, List<String> keys) throws IOException {
        Path copy = Files.createTempDirectory("chidoan-crash-journal");
        try (Stream<Path> segments = Files.list(dataDir.resolve(journal))) {
            for (Path segment : segments.toList()) {
                try {
                    Files.copy(segment, copy.resolve(segment.getFileName()));
                } catch (NoSuchFileException checkpointed) {
                    // deleted once the file had its records; the file is copied after the journal
                }
            }
        }
        List<String> records = Journal.open(copy, Durability.NONE, Duration.ofHours(1)).unfinished()
                .stream().map(record -> new String(record, StandardCharsets.UTF_8)).toList();
        return keys.stream().filter(key -> records.stream().anyMatch(record -> record.contains(key))).toList();
    }

    /**
     * The guarantee is "recorded durably before the next send": once the platform has received the
     * next message to the same chat, the first one's DELIVERED record must be in the outbox journal or
     * the file. (Copying them the moment the record is visible would race the fsync that follows.)
     */
    @Test
    void aDeliveryIsInTheFileBeforeTheNextMessageGoes() throws IOException {
        Person member = new Person(4_102, "Khoa", null);
        String first = Updates.privateText(member, "/trogiup");
        String reply = "in:telegram:update:" + updateId(first) + ":1";
        assertThat(post(first)).isEqualTo(200);
        await().atMost(WAIT).until(() -> sentTo(member) == 1);
        assertThat(post(Updates.privateText(member, "/trogiup"))).isEqualTo(200);
        await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1)).until(() -> sentTo(member) == 2);

        List<String> journaled = inCopyOfTheJournal("outbox-journal", List.of(reply));
        List<String> inTheFile = new ArrayList<>();
        inCopyOfTheFile(db -> db.getCollection("outbox").find(Filters.and(Filters.eq("_id", reply),
                Filters.eq("status", "DELIVERED"))).forEach(entry -> inTheFile.add(entry.getString("_id"))));
        assertThat(Stream.concat(journaled.stream(), inTheFile.stream()))
                .as("the first reply's delivery, in the outbox journal or the file").contains(reply);
    }

    private static long sentTo(Person member) {
        return API.requests("sendMessage").stream().filter(r -> Long.toString(member.id()).equals(r.chatId())).count();
    }

    /** Copies the running app's file, as a crash would leave it, and looks into the copy. */
    private static void inCopyOfTheFile(Consumer<MongoDatabase> check) throws IOException {
        Path copy = Files.createTempDirectory("chidoan-crash").resolve("chidoan.mv");
        Files.copy(dataDir.resolve("chidoan.mv"), copy);
        MongoServer server = new MongoServer(new NativeKeyH2Backend(MVStore.open(copy.toString())));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            check.accept(client.getDatabase("chidoan"));
        } finally {
            server.shutdownNow();
        }
    }
}
