package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.ChatRoutes;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;

/**
 * The outbox owns whether the bot can write to a chat, and hears it from both sides: the platform's
 * answer to a send, and what the platform delivers (a person writes, blocks or unblocks the bot; the
 * bot is removed from or added back to a group). Whichever spoke last is what the next message meets.
 */
class ChatReachabilityTest extends ChatReachabilityScenarioTest {
    @Test
    void aGroupThatRemovedTheBotGetsNothingAndWhatWaitedFailsUntilItAddsTheBotBack() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("waiting", GROUP, text("n"), Priority.BULK);

        fx.chats.heard(membership(GROUP, ChatKind.GROUP, Inbound.BotStatus.REMOVED));
        fx.outbox.enqueue("while-out", GROUP, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(fx.status("waiting")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("waiting").getString("lastError"))
                .isEqualTo("unreachable: the bot was removed from the chat");
        assertThat(fx.status("while-out")).isEqualTo(OutboxStatus.FAILED);

        fx.chats.heard(membership(GROUP, ChatKind.GROUP, Inbound.BotStatus.ADDED));
        fx.outbox.enqueue("welcome-back", GROUP, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(fx.status("welcome-back")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(telegram.sentKeys()).containsExactly("welcome-back");
    }

    @Test
    void aGroupASendFoundUnreachableHearsFromTheBotAgainOnceItAddsTheBotBack() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(GROUP, new SendOutcome.Unreachable(KICKED));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("met-the-403", GROUP, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();
        assertThat(fx.chats.isReachable(GROUP)).isFalse();

        fx.chats.heard(membership(GROUP, ChatKind.GROUP, Inbound.BotStatus.ADDED));
        fx.outbox.enqueue("welcome-back", GROUP, text("n"), Priority.INTERACTIVE);
        clock.advance(Duration.ofMillis(1));
        fx.outbox.enqueue("later-reply", GROUP, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(fx.status("welcome-back")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.status("later-reply")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(telegram.sentKeys()).containsExactly("met-the-403", "welcome-back", "later-reply");
    }

    @Test
    void aMessageInAGroupSaysNothingAboutWhetherTheBotMayWriteThere() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        fx.chats.markUnreachable(GROUP, KICKED, clock.instant());

        fx.chats.heard(message(GROUP, ChatKind.GROUP));

        assertThat(fx.chats.isReachable(GROUP)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void aPersonTheBotCouldNotReachIsReachableAsSoonAsTheyWriteOnEveryPlatform(Platform platform) {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        ChatRef person = new ChatRef(platform, "5001");
        fx.chats.markUnreachable(person, "Forbidden: bot can't initiate conversation with a user", clock.instant());
        assertThat(fx.chats.canWrite(person)).isFalse();

        fx.chats.heard(message(person, ChatKind.PRIVATE));

        assertThat(fx.chats.isReachable(person)).isTrue();
        assertThat(fx.chats.canWrite(person)).isTrue();
    }

    @Test
    void theReplyToTheMessageThatBroughtThePersonBackIsSent() {
        ChatRef person = telegram("5002");
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(person, new SendOutcome.Unreachable("Forbidden: bot can't initiate conversation with a user"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("first-dm", person, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        fx.chats.heard(message(person, ChatKind.PRIVATE));
        fx.outbox.enqueue("in:telegram:update:9:0", person, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(fx.status("first-dm")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("in:telegram:update:9:0")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void aPersonWhoBlocksTheBotIsUnreachableAndWhoUnblocksItOrPressesAButtonIsReachable() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        ChatRef person = telegram("5003");
        fx.chats.heard(message(person, ChatKind.PRIVATE));

        fx.chats.heard(membership(person, ChatKind.PRIVATE, Inbound.BotStatus.BLOCKED));
        assertThat(fx.chats.isReachable(person)).isFalse();
        fx.chats.heard(membership(person, ChatKind.PRIVATE, Inbound.BotStatus.UNBLOCKED));
        assertThat(fx.chats.canWrite(person)).isTrue();

        fx.chats.heard(membership(person, ChatKind.PRIVATE, Inbound.BotStatus.BLOCKED));
        fx.chats.heard(new Inbound.ButtonPressed(person, ChatKind.PRIVATE, speaker(person), "gy:c:1", "7", null, "cb"));
        assertThat(fx.chats.canWrite(person)).isTrue();
    }

    @Test
    void onTelegramAPersonTheBotNeverHeardFromCannotBeWrittenToButInTheSandboxTheyCan() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        ChatRef stranger = telegram("5004");

        assertThat(fx.chats.isReachable(stranger)).as("a message is still tried").isTrue();
        assertThat(fx.chats.canWrite(stranger)).isFalse();
        assertThat(fx.chats.canWrite(new ChatRef(Platform.MESSENGER, "psid-5004"))).isFalse();
        assertThat(fx.chats.canWrite(new ChatRef(Platform.SANDBOX, "d-3-05"))).isTrue();

        fx.chats.heard(message(stranger, ChatKind.PRIVATE));
        assertThat(fx.chats.canWrite(stranger)).isTrue();
    }

    @Test
    void manyChatsAreRoutedInOneGoWithWhatThePlatformsSaidOfEach() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        ChatRef added = telegram("-1"), kicked = telegram("-2"), unknown = telegram("-3"), upgraded = telegram("-4");
        fx.chats.heard(membership(added, ChatKind.GROUP, Inbound.BotStatus.ADDED));
        fx.chats.markUnreachable(kicked, KICKED, clock.instant());
        fx.chats.move(upgraded, telegram("-1004"));
        fx.chats.heard(membership(telegram("-1004"), ChatKind.GROUP, Inbound.BotStatus.ADDED));

        Map<ChatRef, ChatRoutes.Route> routes = new ChatStates(fx.mongo)
                .routes(List.of(added, kicked, unknown, upgraded, added));

        assertThat(routes).containsOnly(
                Map.entry(added, new ChatRoutes.Route(added, null, true)),
                Map.entry(kicked, new ChatRoutes.Route(kicked, KICKED, false)),
                Map.entry(unknown, new ChatRoutes.Route(unknown, null, false)),
                Map.entry(upgraded, new ChatRoutes.Route(telegram("-1004"), null, true)));
    }

    @Test
    void withinOneHandlingWhatTheHandlingRecordsAboutTheChatIsWhatItsLaterAnswersMeet() {
        ChatRef person = telegram("5001");
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(),
                FakeSender.unpaced(Platform.TELEGRAM, clock));
        fx.chats.whileHandling(() -> {
            fx.chats.heard(message(person, ChatKind.PRIVATE));
            fx.outbox.enqueue("while-reachable", person, text("n"), Priority.INTERACTIVE);
            fx.chats.heard(membership(person, ChatKind.PRIVATE, Inbound.BotStatus.BLOCKED));
            fx.outbox.enqueue("after-the-block", person, text("n"), Priority.INTERACTIVE);
            fx.chats.heard(membership(person, ChatKind.PRIVATE, Inbound.BotStatus.UNBLOCKED));
            fx.outbox.enqueue("after-the-unblock", person, text("n"), Priority.INTERACTIVE);
        });

        assertThat(fx.status("while-reachable")).as("failed by the block that followed").isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("after-the-block")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("after-the-unblock")).isEqualTo(OutboxStatus.PENDING);
        assertThat(fx.chats.isReachable(person)).isTrue();
    }
}
