package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.TestMongo;

/**
 * A notice's progress asks how its batch stands every few seconds while tens of thousands of its entries
 * are being sent: on the embedded database the answer comes from index keys, without reading an entry
 * (reading them all took about a second of the server every tick and stalled the sends meanwhile).
 */
class OutboxBatchCostTest {
    private static final TestMongo SERVER = new TestMongo();
    private static final String DATABASE = "batchcost";

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    @Test
    void aBatchIsCountedFromTheIndexWithoutReadingItsEntries() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(telegram("-2"), new SendOutcome.Unreachable("Forbidden: bot was kicked from the group chat"));
        OutboxFixture fx = new OutboxFixture(SERVER.template(DATABASE), clock, OutboxProperties.defaults(), telegram);
        for (int chat = 1; chat <= 40; chat++) {
            fx.outbox.enqueue("notice:7:chat:telegram:-" + chat, telegram("-" + chat), text("n"), Priority.BULK);
            clock.advance(Duration.ofMillis(1));
        }
        fx.dispatchAll();
        for (int chat = 41; chat <= 60; chat++) {
            fx.outbox.enqueue("notice:7:chat:telegram:-" + chat, telegram("-" + chat), text("n"), Priority.BULK);
        }
        fx.outbox.enqueue("notice:8:chat:telegram:-1", telegram("-1"), text("another notice"), Priority.BULK);
        Deliveries deliveries = new OutboxDeliveries(fx.chats, fx.store);
        long before = SERVER.documentsExamined(DATABASE, "outbox");

        Deliveries.Batch batch = deliveries.batch("notice:7:chat:", 0);

        assertThat(SERVER.documentsExamined(DATABASE, "outbox")).as("entries read to count the batch")
                .isEqualTo(before);
        assertThat(batch.delivered()).isEqualTo(39);
        assertThat(batch.failed()).isEqualTo(1);
        assertThat(batch.waiting()).isEqualTo(20);
        assertThat(batch.total()).isEqualTo(60);
    }
}
