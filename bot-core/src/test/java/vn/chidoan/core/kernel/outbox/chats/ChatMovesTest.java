package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * A chat that moved (a group upgraded to a supergroup) takes what follows to its new id, stays moved when its
 * old id is said reachable, and within a handling the next answers follow the move.
 */
class ChatMovesTest extends ChatReachabilityScenarioTest {
    @Test
    void anUpgradedGroupHeardFromThePlatformSendsWhatFollowsToItsNewId() {
        ChatRef supergroup = telegram("-1005550");
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);

        fx.chats.heard(new Inbound.ChatMigrated(GROUP, supergroup));
        fx.outbox.enqueue("after-upgrade", GROUP, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(telegram.sent()).singleElement().satisfies(sent -> assertThat(sent.chat()).isEqualTo(supergroup));
    }

    @Test
    void aGroupThatMovedStaysMovedWhenItsOldIdIsSaidReachable() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        fx.chats.move(GROUP, telegram("-1005551"));

        fx.chats.markReachable(GROUP);

        assertThat(fx.chats.isReachable(GROUP)).isTrue();
        assertThat(new ChatStates(fx.mongo).route(GROUP).chat()).isEqualTo(telegram("-1005551"));
    }

    @Test
    void aChatMovedWithinAHandlingTakesTheHandlingsNextAnswersToItsNewId() {
        ChatRef old = telegram("-500");
        ChatRef moved = telegram("-100500");
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(),
                FakeSender.unpaced(Platform.TELEGRAM, clock));
        fx.chats.whileHandling(() -> {
            fx.chats.heard(membership(old, ChatKind.GROUP, Inbound.BotStatus.ADDED));
            assertThat(fx.chats.canWrite(old)).isTrue();
            fx.chats.move(old, moved);
            fx.outbox.enqueue("after-the-move", old, text("n"), Priority.INTERACTIVE);
        });

        assertThat(fx.raw("after-the-move").getString("chat")).isEqualTo(moved.key());
    }
}
