package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.dispatch.OutboxMetrics;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxHousekeepingTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void theDepthGaugeCountsWaitingEntriesWhenRefreshed() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("sent", telegram("1"), text("n"), Priority.BULK);
        fx.dispatchAll();
        fx.outbox.enqueue("waiting-1", telegram("2"), text("n"), Priority.BULK);
        fx.outbox.enqueue("waiting-2", telegram("3"), text("n"), Priority.BULK);

        assertThat(fx.meters.get(OutboxMetrics.DEPTH).gauge().value()).isZero();
        fx.dispatcher.refreshDepth();

        assertThat(fx.meters.get(OutboxMetrics.DEPTH).gauge().value()).isEqualTo(2);
        assertThat(fx.sends("delivered")).isEqualTo(1);
    }

    @Test
    void entriesThatEndedOrWereHeldPastTheRetentionAreDeletedInBatchesAndNothingElse() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxProperties settings = new OutboxProperties(0, null, Duration.ofDays(30), null, 0, null, null, 2);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, settings, telegram);
        for (int i = 0; i < 5; i++) {
            fx.outbox.enqueue("old-" + i, telegram("c" + i), text("n"), Priority.BULK);
        }
        fx.dispatchAll();
        fx.outbox.enqueue("old-failed", telegram("x"), text("n"), Priority.BULK);
        fx.chats.markUnreachable(telegram("x"), "blocked", clock.instant());
        clock.advance(Duration.ofDays(29));
        fx.outbox.enqueue("recent", telegram("r"), text("n"), Priority.BULK);
        fx.outbox.enqueue("recent-failed", telegram("x"), text("n"), Priority.BULK);
        fx.dispatchAll();
        clock.advance(Duration.ofDays(2));

        assertThat(fx.dispatcher.purgeEnded()).isEqualTo(6);

        assertThat(fx.chats.status("old-0")).isEmpty();
        assertThat(fx.chats.status("old-4")).isEmpty();
        assertThat(fx.chats.status("old-failed")).isEmpty();
        assertThat(fx.chats.status("recent")).contains(OutboxStatus.DELIVERED);
        assertThat(fx.chats.status("recent-failed")).contains(OutboxStatus.FAILED);
        assertThat(fx.dispatcher.purgeEnded()).isZero();
    }

    @Test
    void aMessageHeldPastTheRetentionIsDeletedWithTheFileItCarries() {
        FakeSender messenger = FakeSender.unpaced(Platform.MESSENGER, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), messenger);
        ChatRef member = new ChatRef(Platform.MESSENGER, "psid-never-heard");
        fx.outbox.enqueue("export:7", member, text("Danh sách vắng").withAttachment(Attachment.generated(
                Attachment.Kind.DOCUMENT, "vang.xlsx", null, new byte[64])), Priority.INTERACTIVE);
        fx.dispatcher.dispatchDue(Platform.MESSENGER);
        assertThat(fx.status("export:7")).isEqualTo(OutboxStatus.HELD);

        clock.advance(Duration.ofDays(29));
        assertThat(fx.dispatcher.purgeEnded()).isZero();
        clock.advance(Duration.ofDays(2));

        assertThat(fx.dispatcher.purgeEnded()).isEqualTo(1);
        assertThat(fx.raw("export:7")).isNull();
    }
}
