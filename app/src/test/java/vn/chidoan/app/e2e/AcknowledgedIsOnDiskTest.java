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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import vn.chidoan.app.e2e.Updates.Person;

/**
 * What the app acknowledged is in the database file at that moment, as a {@code kill -9} would leave
 * it: every update answered 200 is there, and so is the DELIVERED record of a message the platform
 * took (a lost one would send the message again after a restart). Checked on a copy of the file taken
 * while the app runs, opened as the next start would open it.
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

        inCopyOfTheFile(db -> assertThat(db.getCollection("inbound_events").countDocuments(Filters.in("_id", keys)))
                .isEqualTo(keys.size()));
    }

    /**
     * The guarantee is "recorded durably before the next send": once the platform has received the
     * next message to the same chat, the first one's DELIVERED record must be in the file. (Copying the
     * file the moment the record is visible would race the sync that follows the write.)
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

        inCopyOfTheFile(db -> {
            Document stored = db.getCollection("outbox").find(Filters.eq("_id", reply)).first();
            assertThat(stored).as("the first reply's entry, in the file").isNotNull();
            assertThat(stored.getString("status")).isEqualTo("DELIVERED");
        });
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
