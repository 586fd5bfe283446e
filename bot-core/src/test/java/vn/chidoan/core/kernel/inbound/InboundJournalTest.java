package vn.chidoan.core.kernel.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * Acknowledged through the inbound journal (the embedded database's way): an event answered is in
 * the journal on disk whatever became of its insert, the next start stores again what the journal
 * holds and the lanes handle it, and storing it again changes nothing that was already stored or
 * handled. A crash is an instance whose journal is never closed; the next opens on the same directory.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class InboundJournalTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration NEVER = Duration.ofHours(1);

    @Parameter
    Database db;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(InboundFixture.START);
    private final AtomicInteger databaseSyncs = new AtomicInteger();
    private final Durability database = databaseSyncs::incrementAndGet;

    @Test
    void anEventAcknowledgedWhoseInsertDiedWithTheProcessIsStoredAndHandledAfterTheRestart() {
        MongoTemplate mongo = db.freshTemplate();
        InboundStore diesBeforeItsInsert = new InboundStore(mongo) {
            @Override
            boolean insert(Platform platform, String key, String lane, String payload, java.time.Instant now) {
                return true; // the process died between the journal and the database
            }
        };
        InboundFixture crashed = new InboundFixture(mongo, clock, InboundFixture.FAST, diesBeforeItsInsert,
                Journal.open(dir, database, NEVER));
        assertThat(crashed.accept("telegram:update:1", "-1", "in the journal only"))
                .isEqualTo(InboundGateway.Acceptance.ACCEPTED);
        assertThat(crashed.raw("telegram:update:1")).isNull();

        clock.advance(Duration.ofSeconds(11));
        try (InboundFixture restarted = journaled(mongo, database)) {
            assertThat(restarted.status("telegram:update:1")).as("stored before the lanes start").isEqualTo("PENDING");
            restarted.lanes.start();

            await().atMost(PATIENCE).until(() -> "DONE".equals(restarted.status("telegram:update:1")));
            assertThat(restarted.handled()).extracting(InboundFixture.Handled::text)
                    .containsExactly("in the journal only");
        }
        assertThat(databaseSyncs).as("the database made durable before the journal forgot").hasPositiveValue();
        assertThat(Journal.open(dir, database, NEVER).unfinished()).isEmpty();
    }

    @Test
    void storingAgainWhatWasAlreadyHandledChangesNothingAndHandlesNothingTwice() {
        MongoTemplate mongo = db.freshTemplate();
        InboundFixture crashed = journaled(mongo, database);
        crashed.lanes.start();
        crashed.accept("telegram:update:2", "-2", "handled before the crash");
        await().atMost(PATIENCE).until(() -> "DONE".equals(crashed.status("telegram:update:2")));
        crashed.close();
        long revBefore = InboundStore.rev(crashed.raw("telegram:update:2"));

        clock.advance(Duration.ofSeconds(11));
        try (InboundFixture restarted = journaled(mongo, database)) {
            restarted.lanes.start();
            restarted.lanes.recover();

            assertThat(restarted.status("telegram:update:2")).isEqualTo("DONE");
            assertThat(InboundStore.rev(restarted.raw("telegram:update:2"))).isEqualTo(revBefore);
            assertThat(restarted.handled()).isEmpty();
        }
    }

    @Test
    void readingTheSameJournalTwiceStoresEachEventOnce() {
        MongoTemplate mongo = db.freshTemplate();
        InboundFixture crashed = journaled(mongo, database);
        crashed.accept("telegram:update:3", "-3", "once");
        crashed.accept("telegram:update:4", "-3", "twice");
        Durability diesBeforeForgetting = () -> {
            throw new IllegalStateException("the process died during the start-up's sync");
        };

        try {
            journaled(mongo, diesBeforeForgetting);
        } catch (IllegalStateException died) {
            // the journal was read and stored, not forgotten
        }
        try (InboundFixture restarted = journaled(mongo, database)) {
            assertThat(mongo.getCollection(InboundStore.COLLECTION).countDocuments()).isEqualTo(2);
            assertThat(restarted.raw("telegram:update:4").getLong(InboundStore.REV)).isZero();
        }
    }

    @Test
    void aDuplicateIsAnsweredOnlyOnceItsOwnCopyIsInTheJournal() {
        MongoTemplate mongo = db.freshTemplate();
        InboundFixture instance = journaled(mongo, database);
        instance.accept("telegram:update:5", "-5", "first");
        assertThat(instance.accept("telegram:update:5", "-5", "first")).isEqualTo(InboundGateway.Acceptance.DUPLICATE);

        assertThat(Journal.open(dir, database, NEVER).unfinished()).hasSize(2);
    }

    /** An instance on {@code mongo} acknowledging through the journal in {@code dir}. */
    private InboundFixture journaled(MongoTemplate mongo, Durability databaseSync) {
        return new InboundFixture(mongo, clock, InboundFixture.FAST, new InboundStore(mongo),
                Journal.open(dir, databaseSync, NEVER));
    }
}
