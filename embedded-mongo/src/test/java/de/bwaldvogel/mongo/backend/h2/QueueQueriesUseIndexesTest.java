package de.bwaldvogel.mongo.backend.h2;

import static de.bwaldvogel.mongo.backend.h2.ShapeCheck.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The queries of the app's queues and schedules — the outbox's due-scan, the journal's recovery
 * scan, their clean-ups, the sweeps of fan-outs and jobs, reminder claims, conversations, link codes, the sandbox's chats — read what
 * is due or asked for, not what is stored, and return what the reference returns: the stock
 * backend's full scan, and a real MongoDB where Docker exists.
 */
@ParameterizedClass
@EnumSource(Reference.class)
class QueueQueriesUseIndexesTest {
    private static final Map<Reference, TwoServers> FIXTURES = new EnumMap<>(Reference.class);

    @Parameter
    Reference reference;
    private TwoServers servers;

    private static final Date NOW = new Date(1_767_225_600_000L);
    private static final List<String> STATUSES = List.of("DELIVERED", "DELIVERED", "DELIVERED", "PENDING", "SENDING",
            "HELD", "FORWARDED", "DELIVERED");

    @BeforeEach
    void onTheFixture() {
        servers = FIXTURES.computeIfAbsent(reference, on -> storedWork(new TwoServers(on)));
    }

    private static TwoServers storedWork(TwoServers servers) {
        servers.createIndex("outbox", Indexes.ascending("_id", "rev"), new IndexOptions().unique(true).name("key_rev"));
        servers.createIndex("outbox", Indexes.ascending("platform", "status", "rank", "createdAt", "nextAttemptAt"),
                new IndexOptions().name("due"));
        servers.createIndex("outbox", Indexes.ascending("platform", "status", "leaseUntil"), new IndexOptions().name("lease"));
        servers.createIndex("outbox", Indexes.ascending("chat", "status", "updatedAt"),
                new IndexOptions().name("chat_status_updated"));
        servers.createIndex("outbox", Indexes.ascending("status", "updatedAt"), new IndexOptions().name("status_updated"));
        servers.createIndex("outbox", Indexes.ascending("status", "_id"), new IndexOptions().name("status_key"));
        servers.insert("outbox", IntStream.range(0, 4_000).mapToObj(QueueQueriesUseIndexesTest::outboxEntry).toList());

        servers.createIndex("inbound_events", Indexes.ascending("_id", "rev"), new IndexOptions().unique(true).name("key_rev"));
        servers.createIndex("inbound_events", Indexes.ascending("status", "receivedAt"));
        servers.createIndex("inbound_events", Indexes.ascending("status", "leaseUntil"));
        servers.createIndex("inbound_events", Indexes.ascending("status", "finishedAt"));
        servers.insert("inbound_events", IntStream.range(0, 4_000).mapToObj(QueueQueriesUseIndexesTest::inboundEvent).toList());

        for (String collection : List.of("fanouts", "jobs")) {
            servers.createIndex(collection, Indexes.ascending("doneAt", "createdAt"), new IndexOptions().name("unfinished"));
            servers.insert(collection, IntStream.range(0, 1_000).mapToObj(i -> new Document("_id", "cause" + i)
                    .append("createdAt", at(-i)).append("doneAt", i % 25 == 0 ? null : at(-i + 5))
                    .append("leaseUntil", i % 50 == 0 ? at(60) : null)).toList());
        }

        servers.createIndex("occurrence_claims", Indexes.ascending("status", "leaseUntil"));
        servers.createIndex("occurrence_claims", Indexes.ascending("decidedAt"));
        servers.insert("occurrence_claims", IntStream.range(0, 2_000).mapToObj(i -> i % 40 == 0
                ? new Document("_id", "r" + i + "@1").append("status", "CLAIMED").append("leaseUntil", at(i % 80 == 0 ? -60 : 60))
                : new Document("_id", "r" + i + "@1").append("status", "SENT").append("decidedAt", at(-i))).toList());

        servers.createIndex("reminders", Indexes.ascending("unit"));
        servers.createIndex("reminders", Indexes.ascending("changedAt"));
        servers.insert("reminders", IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", "rem" + i)
                .append("unit", "b" + i % 200).append("kind", i % 2 == 0 ? "comment" : "meeting")
                .append("handledUpTo", at(-i % 7)).append("changedAt", at(-i))).toList());

        servers.createIndex("conversations", Indexes.ascending("expiresAt"));
        servers.insert("conversations", IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", "c" + i)
                .append("active", true).append("rev", 1L).append("expiresAt", at(i - 30))).toList());

        servers.createIndex("link_codes", Indexes.ascending("code"), new IndexOptions().unique(true));
        servers.insert("link_codes", IntStream.range(0, 1_000).mapToObj(i -> new Document("_id", "p" + i)
                .append("code", "LK" + i).append("usedBy", i % 3 == 0 ? "telegram:" + i : null)
                .append("expiresAt", at(i % 2 == 0 ? 600 : -600))).toList());

        servers.createIndex("sandbox_messages", Indexes.ascending("chat", "rev"));
        servers.createIndex("sandbox_messages", Indexes.ascending("chat", "messageId"));
        servers.insert("sandbox_messages", IntStream.range(0, 3_000).mapToObj(i -> new Document("_id", (long) i)
                .append("chat", "g-" + i % 30).append("rev", (long) i).append("messageId", (long) i / 30)
                .append("from", i % 2 == 0 ? "sandbox:p" + i % 7 : null)).toList());
        servers.createIndex("sandbox_groups", Indexes.ascending("members"));
        servers.insert("sandbox_groups", IntStream.range(0, 300).mapToObj(i -> new Document("_id", "g-" + i)
                .append("order", 300 - i).append("members", IntStream.range(0, 1 + i % 5)
                        .mapToObj(j -> "sandbox:p" + (i + j) % 40).toList())).toList());
        return servers;
    }

    private static Document outboxEntry(int i) {
        String status = STATUSES.get(i % STATUSES.size());
        Document entry = new Document("_id", "in:" + i + ":0").append("rev", (long) i % 3)
                .append("platform", i % 3 == 0 ? "messenger" : "telegram").append("status", status)
                .append("rank", i % 5 == 0 ? 0 : 1).append("createdAt", at(-i)).append("chat", "c" + i % 400)
                .append("updatedAt", at(-i * 60)).append("kind", "MESSAGE");
        if (status.equals("PENDING")) {
            entry.append("nextAttemptAt", at(i / 8 % 2 == 0 ? -5 : 30));
        } else if (status.equals("SENDING")) {
            entry.append("leaseUntil", at(i / 8 % 2 == 0 ? -5 : 30));
        }
        return entry;
    }

    private static Document inboundEvent(int i) {
        Document event = new Document("_id", "telegram:" + i).append("rev", 2L).append("lane", "chat" + i % 16)
                .append("receivedAt", at(-i));
        if (i % 50 == 0) {
            return event.append("status", "PENDING");
        } else if (i % 50 == 1) {
            return event.append("status", "PROCESSING").append("leaseUntil", at(i % 100 == 1 ? -10 : 50));
        }
        return event.append("status", "DONE").append("finishedAt", at(-i));
    }

    private static Date at(int seconds) {
        return new Date(NOW.getTime() + seconds * 1_000L);
    }

    @AfterAll
    static void close() {
        FIXTURES.values().forEach(TwoServers::close);
        FIXTURES.clear();
    }

    @Test
    void theOutboxDueScanReadsTheDueEntriesOnly() {
        Document due = new Document("platform", "telegram").append("$or", List.of(
                new Document("status", "PENDING").append("nextAttemptAt", new Document("$lte", NOW)),
                new Document("status", "SENDING").append("leaseUntil", new Document("$lt", NOW))));
        // read in the due index's order (rank, then age) until 100; the expired leases are few and read whole
        long expiredLeases = servers.matches("outbox", new Document("platform", "telegram").append("status", "SENDING")
                .append("leaseUntil", new Document("$lt", NOW)));
        assertThat(servers.matches("outbox", due)).isGreaterThan(200);
        find(servers, "outbox", due).sortedBy(Sorts.ascending("rank", "createdAt", "_id")).limit(100)
                .readsExactly(100 + expiredLeases);
    }

    @Test
    void aChatsWaitingEntriesAndTheOutboxBacklogReadOnlyThose() {
        find(servers, "outbox", new Document("chat", "c11").append("status", new Document("$in", List.of("PENDING", "HELD"))))
                .readsOnlyItsMatches();
        find(servers, "outbox", new Document("chat", "c16").append("status", "DELIVERED").append("kind", "MESSAGE"))
                .sortedBy(Sorts.descending("updatedAt")).limit(1).readsOnlyItsMatches();
        Document backlog = new Document("status", new Document("$in", List.of("PENDING", "SENDING")));
        long before = servers.examined("outbox");
        assertThat(servers.ours("outbox").countDocuments(backlog)).isEqualTo(servers.reference("outbox").countDocuments(backlog));
        assertThat(servers.examined("outbox") - before).as("counted from the index's keys").isZero();
    }

    @Test
    void aBatchsCountsByStatusReadNoEntryAndItsFailuresOnlyThose() {
        for (String status : STATUSES) {
            Document ofBatch = new Document("status", status).append("_id", new Document("$gte", "in:1").append("$lt", "in:2"));
            long before = servers.examined("outbox");
            long counted = servers.ours("outbox").countDocuments(ofBatch);
            assertThat(counted).isEqualTo(servers.reference("outbox").countDocuments(ofBatch)).isPositive();
            assertThat(servers.examined("outbox") - before).as("counted from the index's keys").isZero();
        }
        find(servers, "outbox", new Document("status", "HELD").append("_id", new Document("$gte", "in:1").append("$lt", "in:2")))
                .sortedBy(Sorts.ascending("_id")).readsOnlyItsMatches();
    }

    @Test
    void theOutboxCleanUpAndHeldDeliveriesReadOnlyTheirEntries() {
        find(servers, "outbox", new Document("status", new Document("$in", List.of("DELIVERED", "FORWARDED")))
                .append("updatedAt", new Document("$lt", at(-60 * 3_000)))).limit(200).readsOnlyItsMatches();
        List<String> keys = IntStream.range(0, 400).mapToObj(i -> "in:" + i * 5 + ":0").toList();
        find(servers, "outbox", new Document("_id", new Document("$in", keys)).append("status", "HELD")).readsExactly(400);
    }

    @Test
    void theJournalsRecoveryScanReadsTheStrandedEventsOnly() {
        Document stranded = new Document("$or", List.of(
                new Document("status", "PENDING").append("receivedAt", new Document("$lt", at(-10))),
                new Document("status", "PROCESSING").append("leaseUntil", new Document("$lt", NOW))));
        long expiredLeases = servers.matches("inbound_events", new Document("status", "PROCESSING")
                .append("leaseUntil", new Document("$lt", NOW)));
        find(servers, "inbound_events", stranded).sortedBy(Sorts.ascending("receivedAt", "_id")).limit(50)
                .readsExactly(50 + expiredLeases);
    }

    @Test
    void theJournalsPurgeReadsTheOldDoneEventsItDeletes() {
        find(servers, "inbound_events", new Document("status", "DONE").append("finishedAt", new Document("$lt", at(-3_000))))
                .limit(100).readsOnlyItsMatches();
        List<String> keys = IntStream.range(3_500, 3_600).mapToObj(i -> "telegram:" + i).toList();
        Document purge = new Document("_id", new Document("$in", keys));
        long before = servers.examined("inbound_events");
        assertThat(servers.ours("inbound_events").deleteMany(purge).getDeletedCount()).isEqualTo(100);
        servers.reference("inbound_events").deleteMany(purge);
        assertThat(servers.examined("inbound_events") - before).isEqualTo(100);
    }

    @Test
    void theSweepsOfFanoutsAndJobsReadTheUnfinishedOnesAndThePurgeTheOldOnes() {
        find(servers, "fanouts", new Document("doneAt", null)).sortedBy(Sorts.ascending("createdAt")).limit(100)
                .readsOnlyItsMatches();
        // read in the index's order (unfinished, oldest first) until the 20th not held: 39 of the 40 unfinished
        find(servers, "jobs", new Document("doneAt", null).append("$and", List.of(new Document("$or", List.of(
                new Document("leaseUntil", null), new Document("leaseUntil", new Document("$lte", NOW)))))))
                .sortedBy(Sorts.ascending("createdAt")).limit(20).readsExactly(39);
        find(servers, "jobs", new Document("doneAt", new Document("$lt", at(-900)))).limit(500).readsOnlyItsMatches();
    }

    @Test
    void expiredReminderClaimsAndOldDecisionsReadOnlyThose() {
        find(servers, "occurrence_claims", new Document("status", "CLAIMED").append("leaseUntil", new Document("$lt", NOW)))
                .limit(10).readsOnlyItsMatches();
        find(servers, "occurrence_claims", new Document("_id", "r80@1").append("status", "CLAIMED")
                .append("leaseUntil", new Document("$lt", NOW))).readsOnlyItsMatches();
        find(servers, "occurrence_claims", new Document("decidedAt", new Document("$lt", at(-1_900)))).readsOnlyItsMatches();
    }

    @Test
    void aUnitsRemindersAndTheRecentlyChangedOnesReadOnlyThose() {
        find(servers, "reminders", new Document("unit", "b9")).readsOnlyItsMatches();
        find(servers, "reminders", new Document("changedAt", new Document("$gte", at(-100)))).readsOnlyItsMatches();
        Document stale = new Document("unit", "b10").append("kind", "comment").append("handledUpTo", new Document("$lt", at(-3)));
        long before = servers.examined("reminders");
        long updated = servers.ours("reminders").updateMany(stale, Updates.set("handledUpTo", NOW)).getModifiedCount();
        assertThat(updated).isEqualTo(servers.reference("reminders").updateMany(stale, Updates.set("handledUpTo", NOW))
                .getModifiedCount()).isPositive();
        assertThat(servers.examined("reminders") - before).isEqualTo(10);
    }

    @Test
    void expiredConversationsAndALinkCodeReadOnlyThose() {
        find(servers, "conversations", new Document("expiresAt", new Document("$lte", NOW))).readsOnlyItsMatches();
        find(servers, "conversations", new Document("_id", "c40").append("active", true)
                .append("expiresAt", new Document("$gt", NOW))).readsOnlyItsMatches();
        Document usable = new Document("code", "LK42").append("$or", List.of(
                new Document("usedBy", null).append("expiresAt", new Document("$gt", NOW)),
                new Document("usedBy", "telegram:42")));
        find(servers, "link_codes", usable).readsOnlyItsMatches();
    }

    @Test
    void aSandboxChatsPagesAndAPersonasGroupsReadOnlyThose() {
        find(servers, "sandbox_messages", new Document("chat", "g-3").append("rev", new Document("$gt", 2_000L)))
                .sortedBy(Sorts.ascending("rev")).limit(20).readsExactly(20);
        find(servers, "sandbox_messages", new Document("chat", "g-5").append("messageId", 35L).append("from", null))
                .readsOnlyItsMatches();
        find(servers, "sandbox_messages", new Document("chat", "g-6")).sortedBy(Sorts.descending("rev")).limit(1)
                .readsOnlyItsMatches();
        find(servers, "sandbox_groups", new Document("members", "sandbox:p7")).sortedBy(Sorts.ascending("order"))
                .readsOnlyItsMatches();
    }
}
