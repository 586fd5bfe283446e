package vn.chidoan.core.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TestMongo;

/**
 * A province's slice of a post is thousands of entries: they are stored in inserts of at most
 * {@value OutboxStore#INSERT_BATCH}, because the embedded server holds the collection for the whole of an
 * insert, and the claims and outcomes of the sends under way wait meanwhile. Keys already stored are
 * skipped in whichever insert they fall.
 */
class OutboxBulkInsertTest {
    private static final TestMongo SERVER = new TestMongo();

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void thousandsOfEntriesGoInBoundedInsertsAndAReplayStoresOnlyTheNewOnes() {
        List<Integer> inserted = new CopyOnWriteArrayList<>();
        CommandListener inserts = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("insert") && event.getCommand().containsKey("documents")) {
                    inserted.add(event.getCommand().getArray("documents").size());
                }
            }
        };
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(SERVER.uri())).addCommandListener(inserts).build())) {
            OutboxFixture fx = new OutboxFixture(new MongoTemplate(client, "bulkinsert"), new MutableClock(OutboxFixture.START),
                    OutboxProperties.defaults());
            List<Outbox.Envelope> slice = IntStream.range(0, 1_000).mapToObj(i -> new Outbox.Envelope(
                    "notice:1:chat:telegram:-" + i, telegram("-" + i), text("n"), Priority.BULK)).toList();
            assertThat(fx.outbox.enqueueAll(slice.subList(300, 700))).isEqualTo(400);
            inserted.clear();

            assertThat(fx.outbox.enqueueAll(slice)).as("the 600 not stored before").isEqualTo(600);

            assertThat(inserted).hasSize(4).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(250));
            assertThat(fx.store.find("notice:1:chat:telegram:-999")).isPresent();
            assertThat(fx.mongo.getCollection("outbox").countDocuments()).isEqualTo(1_000);
        }
    }
}
