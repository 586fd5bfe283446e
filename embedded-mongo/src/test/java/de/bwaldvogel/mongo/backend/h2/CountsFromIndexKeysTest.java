package de.bwaldvogel.mongo.backend.h2;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A count whose filter an index decides (values and ranges on its fields) is answered from the
 * index's keys: no document is read, and the number is the stock full scan's. Any other count still
 * reads its matches, and is still right.
 */
class CountsFromIndexKeysTest {
    private static final String OUTBOX = "outbox";
    private static final List<String> STATUSES = List.of("DELIVERED", "DELIVERED", "PENDING", "SENDING", "HELD", "DELIVERED");
    private static final long NOW = 1_767_225_600_000L;
    private static TwoServers servers;

    @BeforeAll
    static void anOutboxWithRepliesWaiting() {
        servers = new TwoServers();
        servers.createIndex(OUTBOX, Indexes.ascending("platform", "status", "rank", "createdAt"), new IndexOptions().name("due"));
        servers.createIndex(OUTBOX, Indexes.ascending("chat", "status", "updatedAt"), new IndexOptions().name("chat_status_updated"));
        servers.createIndex(OUTBOX, Indexes.ascending("status", "updatedAt"), new IndexOptions().name("status_updated"));
        servers.createIndex(OUTBOX, Indexes.ascending("tags"));
        servers.createIndex(OUTBOX, Indexes.ascending("size"));
        servers.insert(OUTBOX, IntStream.range(0, 3_000).mapToObj(i -> new Document("_id", "m" + i)
                .append("platform", i % 3 == 0 ? "messenger" : "telegram")
                .append("status", STATUSES.get(i % STATUSES.size()))
                .append("rank", i % 2)
                .append("chat", i == 0 ? null : "c" + i % 40)
                .append("createdAt", new Date(NOW - 1_000L * i))
                .append("updatedAt", new Date(NOW - 700L * i))
                .append("tags", i % 7 == 0 ? List.of("a", "b") : List.of("c"))
                .append("size", i % 4 == 0 ? (Object) (long) i : i % 4 == 1 ? (Object) (i + 0.5) : (Object) i)
                .append("text", "reply " + i)).toList());
    }

    @AfterAll
    static void close() {
        servers.close();
    }

    @Test
    void theDepthGaugesCountOfWaitingRepliesReadsNoDocument() {
        assertCountedFromKeys(new Document("status", new Document("$in", List.of("PENDING", "SENDING"))));
    }

    @Test
    void valuesOnAnIndexsLeadingFieldsAreCountedFromItsKeys() {
        assertCountedFromKeys(new Document("platform", "telegram").append("status", "PENDING"));
        assertCountedFromKeys(new Document("platform", new Document("$eq", "messenger"))
                .append("status", new Document("$in", List.of("HELD", "DELIVERED"))).append("rank", 1));
        assertCountedFromKeys(new Document("$and", List.of(new Document("chat", "c7"), new Document("status", "PENDING"))));
        assertCountedFromKeys(new Document("status", "NO_SUCH_STATUS"));
    }

    @Test
    void rangesAfterTheValuesAndOnLaterFieldsAreCountedFromTheKeys() {
        Date tenMinutesAgo = new Date(NOW - 600_000L);
        assertCountedFromKeys(new Document("status", "DELIVERED").append("updatedAt", new Document("$lt", tenMinutesAgo)));
        assertCountedFromKeys(new Document("size", new Document("$gt", 100).append("$lte", 2_000.5)));
        assertCountedFromKeys(new Document("chat", "c3").append("updatedAt", new Document("$gte", tenMinutesAgo)));
    }

    @Test
    void anArrayFieldsDocumentsAreCountedOnceThoughTheyHaveAKeyPerElement() {
        assertCountedFromKeys(new Document("tags", new Document("$in", List.of("a", "b"))));
        assertCountedFromKeys(new Document("tags", "c"));
    }

    @Test
    void skipAndLimitApplyToTheCountedNumber() {
        Document waiting = new Document("status", new Document("$in", List.of("PENDING", "SENDING")));
        long before = servers.examined(OUTBOX);
        for (CountOptions options : List.of(new CountOptions().skip(5).limit(10), new CountOptions().skip(990),
                new CountOptions().skip(5_000), new CountOptions().limit(3))) {
            assertThat(servers.ours(OUTBOX).countDocuments(waiting, options))
                    .isEqualTo(servers.reference(OUTBOX).countDocuments(waiting, options));
        }
        assertThat(servers.examined(OUTBOX) - before).isZero();
    }

    @Test
    void theWholeCollectionIsCountedWithoutReadingIt() {
        assertCountedFromKeys(new Document());
    }

    @Test
    void whatTheKeysCannotDecideIsCountedByReadingTheMatchesAndStillRight() {
        for (Document filter : List.of(
                new Document("status", "PENDING").append("text", "reply 2"),
                new Document("chat", null), // null also matches a missing field, which an index may not hold
                new Document("rank", 1), // no index starts with it
                new Document("chat", Pattern.compile("^c1")),
                new Document("status", "PENDING").append("status", new Document("$ne", "HELD")),
                new Document("size", new Document("$gt", 100).append("$lt", "z")),
                new Document("$or", List.of(new Document("status", "HELD"), new Document("chat", "c1"))))) {
            long before = servers.examined(OUTBOX);
            assertThat(servers.ours(OUTBOX).countDocuments(filter)).as("%s", filter)
                    .isEqualTo(servers.matches(OUTBOX, filter));
            assertThat(servers.examined(OUTBOX) - before).as("%s reads documents", filter).isPositive();
        }
    }

    private static void assertCountedFromKeys(Document filter) {
        long before = servers.examined(OUTBOX);
        long counted = servers.ours(OUTBOX).countDocuments(filter);
        assertThat(servers.examined(OUTBOX) - before).as("documents read to count %s", filter).isZero();
        assertThat(counted).as("%s", filter).isEqualTo(servers.matches(OUTBOX, filter));
    }
}
