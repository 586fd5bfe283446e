package de.bwaldvogel.mongo.backend.h2;

import static de.bwaldvogel.mongo.backend.h2.ShapeCheck.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The queries of the app's queues and schedules — the outbox's due-scan, the journal's recovery
 * scan, their clean-ups, reminder claims, conversations, link codes, the sandbox's chats — read what
 * is due or asked for, not what is stored, and return what the stock backend's full scan returns.
 */
class QueueQueriesUseIndexesTest {
    private static final TwoServers SERVERS = new TwoServers();
    private static final Date NOW = new Date(1_767_225_600_000L);
    private static final List<String> STATUSES = List.of("DELIVERED", "DELIVERED", "DELIVERED", "PENDING", "SENDING",
            "HELD", "FORWARDED", "DELIVERED");

    @BeforeAll
    static void storedWork() {
        SERVERS.createIndex("outbox", Indexes.ascending("_id", "rev"), new IndexOptions().unique(true).name("key_rev"));
        SERVERS.createIndex("outbox", Indexes.ascending("platform", "status", "rank", "createdAt", "nextAttemptAt"),
                new IndexOptions().name("due"));
        SERVERS.createIndex("outbox", Indexes.ascending("platform", "status", "leaseUntil"), new IndexOptions().name("lease"));
        SERVERS.createIndex("outbox", Indexes.ascending("chat", "status"), new IndexOptions().name("chat_status"));
        SERVERS.createIndex("outbox", Indexes.ascending("chat", "status", "updatedAt"),
                new IndexOptions().name("chat_status_updated"));
        SERVERS.createIndex("outbox", Indexes.ascending("status", "updatedAt"), new IndexOptions().name("status_updated"));
        SERVERS.insert("outbox", IntStream.range(0, 4_000).mapToObj(QueueQueriesUseIndexesTest::outboxEntry).toList());

        SERVERS.createIndex("inbound_events", Indexes.ascending("_id", "rev"), new IndexOptions().unique(true).name("key_rev"));
        SERVERS.createIndex("inbound_events", Indexes.ascending("status", "receivedAt"));
        SERVERS.createIndex("inbound_events", Indexes.ascending("status", "leaseUntil"));
        SERVERS.createIndex("inbound_events", Indexes.ascending("status", "finishedAt"));
        SERVERS.insert("inbound_events", IntStream.range(0, 4_000).mapToObj(QueueQueriesUseIndexesTest::inboundEvent).toList());

        SERVERS.createIndex("occurrence_claims", Indexes.ascending("status", "leaseUntil"));
        SERVERS.createIndex("occurrence_claims", Indexes.ascending("decidedAt"));
        SERVERS.insert("occurrence_claims", IntStream.range(0, 2_000).mapToObj(i -> i % 40 == 0
                ? new Document("_id", "r" + i + "@1").append("status", "CLAIMED").append("leaseUntil", at(i % 80 == 0 ? -60 : 60))
                : new Document("_id", "r" + i + "@1").append("status", "SENT").append("decidedAt", at(-i))).toList());

        SERVERS.createIndex("reminders", Indexes.ascending("unit"));
        SERVERS.createIndex("reminders", Indexes.ascending("changedAt"));
        SERVERS.insert("reminders", IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", "rem" + i)
                .append("unit", "b" + i % 200).append("kind", i % 2 == 0 ? "comment" : "meeting")
                .append("handledUpTo", at(-i % 7)).append("changedAt", at(-i))).toList());

        SERVERS.createIndex("conversations", Indexes.ascending("expiresAt"));
        SERVERS.insert("conversations", IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", "c" + i)
                .append("active", true).append("rev", 1L).append("expiresAt", at(i - 30))).toList());

        SERVERS.createIndex("link_codes", Indexes.ascending("code"), new IndexOptions().unique(true));
        SERVERS.insert("link_codes", IntStream.range(0, 1_000).mapToObj(i -> new Document("_id", "p" + i)
                .append("code", "LK" + i).append("usedBy", i % 3 == 0 ? "telegram:" + i : null)
                .append("expiresAt", at(i % 2 == 0 ? 600 : -600))).toList());

        SERVERS.createIndex("sandbox_messages", Indexes.ascending("chat", "rev"));
        SERVERS.createIndex("sandbox_messages", Indexes.ascending("chat", "messageId"));
        SERVERS.insert("sandbox_messages", IntStream.range(0, 3_000).mapToObj(i -> new Document("_id", (long) i)
                .append("chat", "g-" + i % 30).append("rev", (long) i).append("messageId", (long) i / 30)
                .append("from", i % 2 == 0 ? "sandbox:p" + i % 7 : null)).toList());
        SERVERS.createIndex("sandbox_groups", Indexes.ascending("members"));
        SERVERS.insert("sandbox_groups", IntStream.range(0, 300).mapToObj(i -> new Document("_id", "g-" + i)
                .append("order", 300 - i).append("members", IntStream.range(0, 1 + i % 5)
                        .mapToObj(j -> "sandbox:p" + (i + j) % 40).toList())).toList());
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
        SERVERS.close();
    }

    @Test
    void theOutboxDueScanReadsTheDueEntriesOnly() {
        Document due = new Document("platform", "telegram").append("$or", List.of(
                new Document("status", "PENDING").append("nextAttemptAt", new Document("$lte", NOW)),
                new Document("status", "SENDING").append("leaseUntil", new Document("$lt", NOW))));
        find(SERVERS, "outbox", due).sortedBy(Sorts.ascending("rank", "createdAt", "_id")).limit(100)
                .readsExactly(SERVERS.stock("outbox").countDocuments(due));
    }

    @Test
    void aChatsWaitingEntriesAndTheOutboxBacklogReadOnlyThose() {
        find(SERVERS, "outbox", new Document("chat", "c11").append("status", new Document("$in", List.of("PENDING", "HELD"))))
                .readsOnlyItsMatches();
        find(SERVERS, "outbox", new Document("chat", "c16").append("status", "DELIVERED").append("kind", "MESSAGE"))
                .sortedBy(Sorts.descending("updatedAt")).limit(1).readsOnlyItsMatches();
        Document backlog = new Document("status", new Document("$in", List.of("PENDING", "SENDING")));
        long before = SERVERS.examined("outbox");
        assertThat(SERVERS.ours("outbox").countDocuments(backlog)).isEqualTo(SERVERS.stock("outbox").countDocuments(backlog));
        assertThat(SERVERS.examined("outbox") - before).isEqualTo(SERVERS.stock("outbox").countDocuments(backlog));
    }

    @Test
    void theOutboxCleanUpAndHeldDeliveriesReadOnlyTheirEntries() {
        find(SERVERS, "outbox", new Document("status", new Document("$in", List.of("DELIVERED", "FORWARDED")))
                .append("updatedAt", new Document("$lt", at(-60 * 3_000)))).limit(200).readsOnlyItsMatches();
        List<String> keys = IntStream.range(0, 400).mapToObj(i -> "in:" + i * 5 + ":0").toList();
        find(SERVERS, "outbox", new Document("_id", new Document("$in", keys)).append("status", "HELD")).readsExactly(400);
    }

    @Test
    void theJournalsRecoveryScanReadsTheStrandedEventsOnly() {
        Document stranded = new Document("$or", List.of(
                new Document("status", "PENDING").append("receivedAt", new Document("$lt", at(-10))),
                new Document("status", "PROCESSING").append("leaseUntil", new Document("$lt", NOW))));
        find(SERVERS, "inbound_events", stranded).sortedBy(Sorts.ascending("receivedAt", "_id")).limit(50)
                .readsExactly(SERVERS.stock("inbound_events").countDocuments(stranded));
    }

    @Test
    void theJournalsPurgeReadsTheOldDoneEventsItDeletes() {
        find(SERVERS, "inbound_events", new Document("status", "DONE").append("finishedAt", new Document("$lt", at(-3_000))))
                .limit(100).readsOnlyItsMatches();
        List<String> keys = IntStream.range(3_500, 3_600).mapToObj(i -> "telegram:" + i).toList();
        Document purge = new Document("_id", new Document("$in", keys));
        long before = SERVERS.examined("inbound_events");
        assertThat(SERVERS.ours("inbound_events").deleteMany(purge).getDeletedCount()).isEqualTo(100);
        SERVERS.stock("inbound_events").deleteMany(purge);
        assertThat(SERVERS.examined("inbound_events") - before).isEqualTo(100);
    }

    @Test
    void expiredReminderClaimsAndOldDecisionsReadOnlyThose() {
        find(SERVERS, "occurrence_claims", new Document("status", "CLAIMED").append("leaseUntil", new Document("$lt", NOW)))
                .limit(10).readsOnlyItsMatches();
        find(SERVERS, "occurrence_claims", new Document("_id", "r80@1").append("status", "CLAIMED")
                .append("leaseUntil", new Document("$lt", NOW))).readsOnlyItsMatches();
        find(SERVERS, "occurrence_claims", new Document("decidedAt", new Document("$lt", at(-1_900)))).readsOnlyItsMatches();
    }

    @Test
    void aUnitsRemindersAndTheRecentlyChangedOnesReadOnlyThose() {
        find(SERVERS, "reminders", new Document("unit", "b9")).readsOnlyItsMatches();
        find(SERVERS, "reminders", new Document("changedAt", new Document("$gte", at(-100)))).readsOnlyItsMatches();
        Document stale = new Document("unit", "b10").append("kind", "comment").append("handledUpTo", new Document("$lt", at(-3)));
        long before = SERVERS.examined("reminders");
        long updated = SERVERS.ours("reminders").updateMany(stale, Updates.set("handledUpTo", NOW)).getModifiedCount();
        assertThat(updated).isEqualTo(SERVERS.stock("reminders").updateMany(stale, Updates.set("handledUpTo", NOW))
                .getModifiedCount()).isPositive();
        assertThat(SERVERS.examined("reminders") - before).isEqualTo(10);
    }

    @Test
    void expiredConversationsAndALinkCodeReadOnlyThose() {
        find(SERVERS, "conversations", new Document("expiresAt", new Document("$lte", NOW))).readsOnlyItsMatches();
        find(SERVERS, "conversations", new Document("_id", "c40").append("active", true)
                .append("expiresAt", new Document("$gt", NOW))).readsOnlyItsMatches();
        Document usable = new Document("code", "LK42").append("$or", List.of(
                new Document("usedBy", null).append("expiresAt", new Document("$gt", NOW)),
                new Document("usedBy", "telegram:42")));
        find(SERVERS, "link_codes", usable).readsOnlyItsMatches();
    }

    @Test
    void aSandboxChatsPagesAndAPersonasGroupsReadOnlyThose() {
        find(SERVERS, "sandbox_messages", new Document("chat", "g-3").append("rev", new Document("$gt", 2_000L)))
                .sortedBy(Sorts.ascending("rev")).limit(20).readsOnlyItsMatches();
        find(SERVERS, "sandbox_messages", new Document("chat", "g-5").append("messageId", 35L).append("from", null))
                .readsOnlyItsMatches();
        find(SERVERS, "sandbox_messages", new Document("chat", "g-6")).sortedBy(Sorts.descending("rev")).limit(1)
                .readsOnlyItsMatches();
        find(SERVERS, "sandbox_groups", new Document("members", "sandbox:p7")).sortedBy(Sorts.ascending("order"))
                .readsOnlyItsMatches();
    }
}
