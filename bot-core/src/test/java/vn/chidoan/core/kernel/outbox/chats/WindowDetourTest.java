package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * Outside Messenger's 24-hour window, a message goes to the person's linked Telegram account, unless the
 * bot cannot reach that account either.
 */
class WindowDetourTest extends MessagingWindowScenarioTest {
    @Test
    void outsideTheWindowAMessageGoesToThePersonsLinkedTelegramAccount() {
        OutboxFixture fx = outbox(chat -> chat.equals(MEMBER) ? List.of(MEMBER_ON_TELEGRAM) : List.of());
        fx.outbox.enqueue("notice:1", MEMBER, text("Thông báo số 1").inThread("7"), Priority.BULK);

        dispatch(fx);
        dispatch(fx);

        String copy = "notice:1:via:" + MEMBER_ON_TELEGRAM.key();
        assertThat(messenger.sent()).isEmpty();
        assertThat(telegram.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.key()).isEqualTo(copy);
            assertThat(sent.chat()).isEqualTo(MEMBER_ON_TELEGRAM);
            assertThat(sent.entry().message().text().toPlainText()).isEqualTo("Thông báo số 1");
            assertThat(sent.entry().message().threadId()).isNull();
        });
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.FORWARDED);
        assertThat(fx.raw("notice:1").getString(OutboxCodec.FORWARDED_TO)).isEqualTo(copy);
        assertThat(fx.status(copy)).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void aLinkedAccountTheBotCannotReachIsNoDetour() {
        OutboxFixture fx = outbox(chat -> List.of(MEMBER_ON_TELEGRAM));
        fx.chats.markUnreachable(MEMBER_ON_TELEGRAM, "blocked", clock.instant());
        fx.outbox.enqueue("notice:1", MEMBER, text("Thông báo"), Priority.BULK);

        dispatch(fx);

        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
        assertThat(telegram.sent()).isEmpty();
    }
}
