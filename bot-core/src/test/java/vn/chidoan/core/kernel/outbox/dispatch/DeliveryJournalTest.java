package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.durable.Durability;
import vn.chidoan.core.kernel.durable.Journal;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.OutboxStore;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * Deliveries recorded through the outbox journal (the embedded database's way): a delivery whose
 * database write died with the process is DELIVERED again at the next start, before anything is sent,
 * so the message is not sent twice; reading the same journal again changes nothing. A crash is an
 * instance whose journal is never closed; the next one opens the same directory on the same database.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class DeliveryJournalTest {
    private static final Duration NEVER = Duration.ofHours(1);
    private static final Duration PAST_THE_LEASE = Duration.ofSeconds(61);

    @Parameter
    Database db;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);
    private final AtomicInteger databaseSyncs = new AtomicInteger();
    private final Durability database = databaseSyncs::incrementAndGet;
    private final ChatRef member = new ChatRef(Platform.TELEGRAM, "5001");

    @Test
    void aDeliveryWhoseDatabaseWriteDiedWithTheProcessIsNotSentAgainAfterTheRestart() {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender before = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture crashed = new OutboxFixture(diesBeforeRecordingDelivered(mongo), clock, journal(database),
                before);
        crashed.outbox.enqueue("notice:1:" + member.key(), member, text("Thông báo"), Priority.BULK);
        crashed.dispatchAll();
        assertThat(before.sentKeys()).containsExactly("notice:1:" + member.key());
        assertThat(crashed.status("notice:1:" + member.key())).as("the database never had it")
                .isEqualTo(OutboxStatus.SENDING);

        clock.advance(PAST_THE_LEASE);
        FakeSender after = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture restarted = new OutboxFixture(new OutboxStore(mongo), clock, journal(database), after);
        restarted.dispatchAll();

        assertThat(after.sent()).as("sent again after the restart").isEmpty();
        assertThat(restarted.status("notice:1:" + member.key())).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(restarted.raw("notice:1:" + member.key()).getString(OutboxCodec.PLATFORM_MESSAGE_ID))
                .isEqualTo("m1");
        assertThat(databaseSyncs).as("the database made durable before the journal forgot").hasPositiveValue();
        assertThat(journal(database).replay(new OutboxStore(mongo))).as("the journal forgot it").isZero();
    }

    @Test
    void anEntryTheCrashLostAltogetherIsPutBackDeliveredSoItsCauseEnqueueingItAgainSendsNothing() {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender before = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture crashed = new OutboxFixture(new OutboxStore(mongo), clock, journal(database), before);
        crashed.outbox.enqueue("in:telegram:update:7:reply:1", member, text("Trả lời"), Priority.INTERACTIVE);
        crashed.dispatchAll();
        mongo.getCollection("outbox").deleteMany(new Document()); // its insert was not on disk yet

        FakeSender after = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture restarted = new OutboxFixture(new OutboxStore(mongo), clock, journal(database), after);
        restarted.outbox.enqueue("in:telegram:update:7:reply:1", member, text("Trả lời"), Priority.INTERACTIVE);
        restarted.dispatchAll();

        assertThat(after.sent()).isEmpty();
        Document restored = restarted.raw("in:telegram:update:7:reply:1");
        assertThat(restored.getString(OutboxCodec.STATUS)).isEqualTo(OutboxStatus.DELIVERED.name());
        assertThat(restored.getString(OutboxCodec.CHAT)).isEqualTo(member.key());
        assertThat(restored).doesNotContainKeys(OutboxCodec.LEASE_OWNER, OutboxCodec.LEASE_UNTIL);
    }

    @Test
    void readingTheSameJournalTwiceChangesNothingTheFirstReadingRecorded() {
        MongoTemplate mongo = db.freshTemplate();
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture crashed = new OutboxFixture(diesBeforeRecordingDelivered(mongo), clock, journal(database),
                sender);
        crashed.outbox.enqueue("notice:2:" + member.key(), member, text("Thông báo"), Priority.BULK);
        crashed.dispatchAll();
        Durability diesBeforeForgetting = () -> {
            throw new IllegalStateException("the process died during the start-up's sync");
        };

        assertThat(catchThrowable(() -> new OutboxFixture(new OutboxStore(mongo), clock, journal(diesBeforeForgetting),
                sender))).hasMessageContaining("start-up's sync");
        Document firstReading = crashed.raw("notice:2:" + member.key());
        assertThat(firstReading.getString(OutboxCodec.STATUS)).isEqualTo(OutboxStatus.DELIVERED.name());
        clock.advance(PAST_THE_LEASE);
        OutboxFixture restarted = new OutboxFixture(new OutboxStore(mongo), clock, journal(database), sender);
        restarted.dispatchAll();

        assertThat(restarted.raw("notice:2:" + member.key())).isEqualTo(firstReading);
        assertThat(sender.sentKeys()).containsExactly("notice:2:" + member.key());
    }

    private DeliveryJournal journal(Durability database) {
        return new DeliveryJournal(Journal.open(dir, database, NEVER));
    }

    /** The process dies between the journal's record of a delivery and the database's. */
    private static OutboxStore diesBeforeRecordingDelivered(MongoTemplate mongo) {
        return new OutboxStore(mongo) {
            @Override
            public boolean transition(String key, long rev, Update update) {
                Document set = update.getUpdateObject().get("$set", Document.class);
                return OutboxStatus.DELIVERED.name().equals(set.get(OutboxCodec.STATUS))
                        || super.transition(key, rev, update);
            }
        };
    }
}
