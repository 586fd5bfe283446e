package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.OutboxEvents;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxChatStateTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);
    private final ChatRef kicked = telegram("-100kicked");
    private final ChatRef fine = telegram("-100fine");

    @Test
    void anUnreachableChatGetsNothingMoreAndWhatWaitedForItFails() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(kicked, new SendOutcome.Unreachable("Forbidden: bot was kicked from the group chat"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        for (int i = 1; i <= 3; i++) {
            fx.outbox.enqueue("kicked-" + i, kicked, text("n"), Priority.BULK);
            clock.advance(Duration.ofMillis(1));
        }
        fx.outbox.enqueue("fine-1", fine, text("n"), Priority.BULK);

        fx.dispatchAll();
        clock.advance(Duration.ofMinutes(1));
        fx.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("kicked-1", "fine-1");
        assertThat(fx.status("kicked-1")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("kicked-2")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("kicked-3")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("kicked-3").getString("lastError"))
                .isEqualTo("unreachable: Forbidden: bot was kicked from the group chat");
        assertThat(fx.status("fine-1")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.chats.isReachable(kicked)).isFalse();
        assertThat(fx.chats.isReachable(fine)).isTrue();
        assertThat(fx.sends("unreachable")).isEqualTo(1);

        assertThat(fx.outbox.enqueue("kicked-later", kicked, text("n"), Priority.INTERACTIVE)).isTrue();
        fx.dispatchAll();
        assertThat(fx.status("kicked-later")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("kicked-later").getString("lastError")).isEqualTo("unreachable");
        assertThat(telegram.sentKeys()).doesNotContain("kicked-later");
    }

    @Test
    void aChatMarkedReachableAgainReceivesNewMessages() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(kicked, new SendOutcome.Unreachable("Forbidden: bot was blocked by the user"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("before", kicked, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        fx.chats.markReachable(kicked);
        fx.outbox.enqueue("after", kicked, text("n"), Priority.INTERACTIVE);
        fx.dispatchAll();

        assertThat(fx.chats.isReachable(kicked)).isTrue();
        assertThat(fx.status("before")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.status("after")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(telegram.sentKeys()).containsExactly("before", "after");
    }

    @Test
    void aMovedGroupGetsTheMessageAndWhatWaitedForItUnderItsNewId() {
        ChatRef group = telegram("-4001");
        ChatRef supergroup = telegram("-1004001");
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(group, new SendOutcome.Moved(supergroup), new SendOutcome.Moved(supergroup));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("a1", group, text("a1"), Priority.BULK);
        clock.advance(Duration.ofMillis(1));
        fx.outbox.enqueue("a2", group, text("a2"), Priority.BULK);

        fx.dispatchAll();

        assertThat(telegram.sent()).extracting(s -> s.key() + "@" + s.chat().id())
                .containsExactly("a1@-4001", "a1@-1004001", "a2@-1004001");
        assertThat(fx.status("a1")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.status("a2")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.events).containsExactly(new OutboxEvents.ChatMoved(group, supergroup));
        assertThat(fx.sends("moved")).isEqualTo(1);

        fx.outbox.enqueue("a3", group, text("a3"), Priority.BULK);
        fx.dispatchAll();
        assertThat(telegram.sent().get(3).chat()).isEqualTo(supergroup);

        fx.store.insert(OutboxCodec.newEntry("late", group, OutboxEntry.Kind.MESSAGE, text("late"), null, null,
                Priority.BULK, clock.instant()));
        clock.advance(Duration.ofMinutes(1));
        fx.dispatchAll();
        assertThat(telegram.sent()).extracting(s -> s.key() + "@" + s.chat().id())
                .endsWith("late@-4001", "late@-1004001");
        assertThat(fx.events).as("the same move is announced once").hasSize(1);
    }

    @Test
    void anInboundMigrationMovesWaitingAndHeldMessages() {
        ChatRef group = telegram("-5001");
        ChatRef supergroup = telegram("-1005001");
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(group, new SendOutcome.Held("paused"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("held", group, text("h"), Priority.BULK);
        fx.dispatchAll();
        OutboxFixture writer = new OutboxFixture(fx.mongo, clock, OutboxProperties.defaults());
        writer.outbox.enqueue("waiting", group, text("w"), Priority.BULK);

        fx.chats.moveChat(group, supergroup);
        fx.chats.releaseHeld(supergroup);
        fx.dispatchAll();

        assertThat(telegram.sent()).extracting(s -> s.key() + "@" + s.chat().id())
                .containsExactly("held@-5001", "held@-1005001", "waiting@-1005001");
        assertThat(fx.chats.isReachable(group)).isTrue();
    }

    @Test
    void aHeldMessageWaitsUntilReleasedThenGoesOnce() {
        ChatRef member = new ChatRef(Platform.TELEGRAM, "psid-9");
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(member, new SendOutcome.Held("outside the 24-hour window"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("fee:reminder:9", member, text("n"), Priority.BULK);

        fx.dispatchAll();
        clock.advance(Duration.ofHours(2));
        fx.dispatchAll();
        assertThat(fx.status("fee:reminder:9")).isEqualTo(OutboxStatus.HELD);
        assertThat(fx.raw("fee:reminder:9").getString("lastError")).isEqualTo("outside the 24-hour window");
        assertThat(telegram.sent()).hasSize(1);

        assertThat(fx.chats.releaseHeld(member)).isEqualTo(1);
        fx.dispatchAll();
        fx.dispatchAll();

        assertThat(telegram.sent()).hasSize(2);
        assertThat(fx.status("fee:reminder:9")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.chats.releaseHeld(member)).isZero();
        assertThat(fx.sends("held")).isEqualTo(1);
    }

    @Test
    void unknownKeysHaveNoStatusAndUndeliveredOnesNoMessageId() {
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        fx.outbox.enqueue("pending", fine, text("n"), Priority.BULK);

        assertThat(fx.chats.status("nothing")).isEmpty();
        assertThat(fx.chats.deliveredMessageId("nothing")).isEmpty();
        assertThat(fx.chats.status("pending")).contains(OutboxStatus.PENDING);
        assertThat(fx.chats.deliveredMessageId("pending")).isEmpty();
    }
}
