package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/**
 * A dispatcher outlives anything one entry throws at it: a sender's {@code Error} is a transient
 * failure of that entry, an entry that cannot be read is recorded as failed, and the sending thread
 * goes on; it says whether its threads run, for the app's health.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxWorkerTest {
    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void anErrorThrownByTheSenderIsATransientFailureOfThatEntryOnly() {
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, clock).failWith(new StackOverflowError("deep"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), sender);
        fx.outbox.enqueue("in:1:1", telegram("5"), text("Chào"), Priority.INTERACTIVE);

        assertThat(fx.dispatch()).isEqualTo(1);

        assertThat(fx.status("in:1:1")).isEqualTo(OutboxStatus.PENDING);
        assertThat(fx.raw("in:1:1").getString(OutboxCodec.LAST_ERROR)).isEqualTo("StackOverflowError: deep");
        sender.failWith((Error) null);
        clock.advance(Duration.ofSeconds(2));
        fx.dispatchAll();
        assertThat(fx.status("in:1:1")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void anEntryThatCannotBeReadIsRecordedAsFailedAndTheNextOneStillGoes() {
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), sender);
        fx.outbox.enqueue("in:1:1", telegram("5"), text("Chào"), Priority.INTERACTIVE);
        fx.outbox.enqueue("in:2:1", telegram("6"), text("Chào"), Priority.INTERACTIVE);
        fx.mongo.getCollection("outbox").updateOne(new Document("_id", "in:1:1"),
                new Document("$set", new Document(OutboxCodec.KIND, "NO_SUCH_KIND")));

        fx.dispatchAll();

        assertThat(fx.raw("in:1:1").getString(OutboxCodec.STATUS)).isEqualTo("FAILED");
        assertThat(fx.raw("in:1:1").getString(OutboxCodec.LAST_ERROR)).startsWith("unreadable: ");
        assertThat(sender.sentKeys()).containsExactly("in:2:1");
    }

    @Test
    void theSendingThreadOutlivesAnErrorAndSaysWhenItHasStopped() {
        FakeSender sender = FakeSender.unpaced(Platform.TELEGRAM, java.time.Clock.systemUTC())
                .failWith(new OutOfMemoryError("a burst"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), sender);
        fx.dispatcher.start();
        try {
            fx.outbox.enqueue("in:1:1", telegram("5"), text("Chào"), Priority.INTERACTIVE);
            await().atMost(Duration.ofSeconds(10)).until(() -> !sender.sent().isEmpty());
            sender.failWith((Error) null);
            fx.outbox.enqueue("in:2:1", telegram("6"), text("Chào"), Priority.INTERACTIVE);
            await().atMost(Duration.ofSeconds(10)).until(() -> fx.status("in:2:1") == OutboxStatus.DELIVERED);
            assertThat(fx.dispatcher.running()).containsEntry("outbox-telegram", true);

            Thread sending = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("outbox-telegram")).findFirst().orElseThrow();
            sending.interrupt();
            await().atMost(Duration.ofSeconds(10)).until(() -> !sending.isAlive());

            assertThat(fx.dispatcher.running()).containsEntry("outbox-telegram", false);
        } finally {
            fx.dispatcher.stop();
        }
    }
}
