package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

/** How a batch of messages under one key prefix stands, as {@link Deliveries#batch} reads it from the outbox. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxBatchTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void aBatchCountsItsDeliveredFailedAndWaitingMessagesAndNamesTheFailedChatsWithTheirReason() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(telegram("-3"), new SendOutcome.Unreachable("Forbidden: bot was kicked from the group chat"))
                .answer(telegram("-4"), new SendOutcome.Unreachable("Forbidden: bot was kicked from the group chat"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        for (int chat = 1; chat <= 4; chat++) {
            fx.outbox.enqueue("notice:7:chat:telegram:-" + chat, telegram("-" + chat), text("n"), Priority.BULK);
            clock.advance(Duration.ofMillis(1));
        }
        fx.dispatchAll();
        fx.outbox.enqueue("notice:7:chat:telegram:-5", telegram("-5"), text("n"), Priority.BULK);
        fx.outbox.enqueue("notice:70:chat:telegram:-1", telegram("-1"), text("another notice"), Priority.BULK);
        fx.outbox.enqueue("notice:7:progress", telegram("9"), text("the sender's"), Priority.INTERACTIVE);
        Deliveries deliveries = new OutboxDeliveries(fx.chats, fx.store);

        Deliveries.Batch batch = deliveries.batch("notice:7:chat:", 1);

        assertThat(batch.delivered()).isEqualTo(2);
        assertThat(batch.failed()).isEqualTo(2);
        assertThat(batch.waiting()).as("-5 not sent yet; notice 70 and the progress message are not this batch")
                .isEqualTo(1);
        assertThat(batch.held()).isZero();
        assertThat(batch.total()).isEqualTo(5);
        assertThat(batch.failures()).as("at most the one asked for, the first by key")
                .containsExactly(new Deliveries.Failure(telegram("-3"),
                        "unreachable: Forbidden: bot was kicked from the group chat"));
        assertThat(deliveries.batch("notice:7:chat:", 0).failures()).isEmpty();
    }

    @Test
    void aPrefixIsReadLiterallyNotAsAPattern() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("a.b+c:1", telegram("1"), text("n"), Priority.BULK);
        fx.outbox.enqueue("aXbbc:1", telegram("2"), text("n"), Priority.BULK);
        Deliveries deliveries = new OutboxDeliveries(fx.chats, fx.store);

        assertThat(deliveries.batch("a.b+c:", 5).total()).isEqualTo(1);
        assertThat(deliveries.batch("nothing:", 5).total()).isZero();
    }
}
