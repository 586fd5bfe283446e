package vn.chidoan.core.kernel.outbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.Priority;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class OutboxPacingTest {

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);

    @Test
    void interactiveRepliesGoBeforeBulkThenOldestFirst() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("bulk-1", telegram("1"), text("b1"), Priority.BULK);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("bulk-2", telegram("2"), text("b2"), Priority.BULK);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("reply-1", telegram("3"), text("r1"), Priority.INTERACTIVE);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.answerButton("press-1", telegram("4"), "cb", null);

        fx.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("reply-1", "press-1", "bulk-1", "bulk-2");
    }

    @Test
    void aDispatcherThatWasNotToldStillFindsEntriesInTheDatabaseInOrder() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture writer = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults());
        for (int i = 1; i <= 7; i++) {
            writer.outbox.enqueue("bulk-" + i, telegram("c" + i), text("n"), Priority.BULK);
            clock.advance(Duration.ofMillis(1));
        }
        writer.outbox.enqueue("reply", telegram("c9"), text("r"), Priority.INTERACTIVE);
        OutboxFixture reader = new OutboxFixture(writer.mongo, clock, OutboxFixture.scanLimit(3),
                telegram);

        reader.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("reply", "bulk-1", "bulk-2", "bulk-3", "bulk-4", "bulk-5",
                "bulk-6", "bulk-7");
    }

    @Test
    void aChatInItsGapWaitsWhileOtherChatsGoOut() {
        FakeSender telegram = new FakeSender(Platform.TELEGRAM, clock, 0, Duration.ofSeconds(3));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        ChatRef busy = telegram("-100busy");
        for (int i = 1; i <= 3; i++) {
            fx.outbox.enqueue("busy-" + i, busy, text("n" + i), Priority.BULK);
            clock.advance(Duration.ofMillis(1));
        }
        fx.outbox.enqueue("other-a", telegram("a"), text("a"), Priority.BULK);
        fx.outbox.enqueue("other-b", telegram("b"), text("b"), Priority.BULK);

        fx.dispatchAll();
        assertThat(telegram.sentKeys()).containsExactly("busy-1", "other-a", "other-b");

        for (int second = 0; second < 8; second++) {
            clock.advance(Duration.ofSeconds(1));
            fx.dispatchAll();
        }

        List<FakeSender.Sent> toBusy = telegram.sent().stream().filter(s -> s.chat().equals(busy)).toList();
        assertThat(toBusy).extracting(FakeSender.Sent::key).containsExactly("busy-1", "busy-2", "busy-3");
        for (int i = 1; i < toBusy.size(); i++) {
            Duration gap = Duration.between(toBusy.get(i - 1).at(), toBusy.get(i).at());
            assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
        }
    }

    @Test
    void theGlobalBudgetLetsNoSecondHoldMoreSendsThanIt() {
        FakeSender telegram = new FakeSender(Platform.TELEGRAM, clock, 5, Duration.ZERO);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        for (int i = 0; i < 12; i++) {
            fx.outbox.enqueue("notice:" + i, telegram("chat" + i), text("n"), Priority.BULK);
        }

        assertThat(fx.dispatchAll()).isEqualTo(5);
        clock.advance(Duration.ofMillis(400));
        assertThat(fx.dispatchAll()).as("the five of this second are still in it").isZero();
        clock.advance(Duration.ofMillis(600));
        assertThat(fx.dispatchAll()).isEqualTo(5);
        clock.advance(Duration.ofSeconds(10));
        assertThat(fx.dispatchAll()).isEqualTo(2);

        List<java.time.Instant> at = telegram.sent().stream().map(FakeSender.Sent::at).sorted().toList();
        for (java.time.Instant from : at) {
            assertThat(at.stream().filter(t -> !t.isBefore(from) && t.isBefore(from.plusSeconds(1))).count())
                    .as("sends in the second from %s", from).isLessThanOrEqualTo(5);
        }
        assertThat(telegram.sent()).hasSize(12);
    }

    @Test
    void urgentBulkGoesAfterInteractiveRepliesAndBeforeOtherBulk() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("post-1", telegram("1"), text("p"), Priority.BULK);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("urgent-1", telegram("2"), text("u"), Priority.URGENT);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("reply-1", telegram("3"), text("r"), Priority.INTERACTIVE);

        fx.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("reply-1", "urgent-1", "post-1");
    }

    @Test
    void aProgressMessageGoesAfterARepliesToTheSamePersonStoredLaterAndBeforeUrgentBulk() {
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("urgent-1", telegram("-2"), text("u"), Priority.URGENT);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("progress-1", telegram("1"), text("12/40"), Priority.PROGRESS);
        clock.advance(Duration.ofMillis(5));
        fx.outbox.enqueue("reply-1", telegram("1"), text("r"), Priority.INTERACTIVE);

        fx.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("reply-1", "progress-1", "urgent-1");
    }

    @Test
    void buttonAnswersAreNotHeldBackByTheChatsGap() {
        FakeSender telegram = new FakeSender(Platform.TELEGRAM, clock, 0, Duration.ofSeconds(3));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("reply", telegram("7"), text("r"), Priority.INTERACTIVE);
        clock.advance(Duration.ofMillis(1));
        fx.outbox.answerButton("press", telegram("7"), "cb-7", null);
        clock.advance(Duration.ofMillis(1));
        fx.outbox.enqueue("reply-2", telegram("7"), text("r2"), Priority.INTERACTIVE);

        fx.dispatchAll();

        assertThat(telegram.sentKeys()).containsExactly("reply", "press");
    }
}
