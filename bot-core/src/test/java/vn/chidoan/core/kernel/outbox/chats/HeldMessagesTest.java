package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;

/**
 * Outside Messenger's 24-hour window with no other way, a message is held until the person writes again,
 * then delivered once: many as one summary and the three most recent, and the held entries keep no trace
 * of the messages they fold.
 */
class HeldMessagesTest extends MessagingWindowScenarioTest {
    @Test
    void outsideTheWindowAMessageIsHeldThenDeliveredWhenThePersonWritesAgain() {
        OutboxFixture fx = outbox();
        fx.outbox.enqueue("notice:1", MEMBER, text("Thông báo số 1"), Priority.BULK);
        dispatch(fx);
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);

        clock.advance(Duration.ofDays(2));
        fx.chats.heardFrom(MEMBER, clock.instant());
        assertThat(fx.chats.deliverHeld(MEMBER)).isEqualTo(1);
        dispatch(fx);

        assertThat(messenger.sentKeys()).containsExactly("notice:1");
        assertThat(messenger.sent().get(0).at()).isEqualTo(clock.instant());
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void manyHeldMessagesComeBackAsOneSummaryThenTheThreeMostRecent() {
        OutboxFixture fx = outbox();
        for (int i = 1; i <= 5; i++) {
            fx.outbox.enqueue("notice:" + i, MEMBER, text("Thông báo số " + i + "\nchi tiết"), Priority.BULK);
            clock.advance(Duration.ofMinutes(1));
        }
        dispatch(fx);

        fx.chats.heardFrom(MEMBER, clock.instant());
        assertThat(fx.chats.deliverHeld(MEMBER)).isEqualTo(5);
        dispatch(fx);

        String summary = "held:" + MEMBER.key() + ":notice:2";
        assertThat(messenger.sentKeys()).containsExactly(summary, "notice:3", "notice:4", "notice:5");
        assertThat(messenger.sent().get(0).entry().message().text().toPlainText())
                .contains("2 tin cũ", "• Thông báo số 1", "• Thông báo số 2").doesNotContain("chi tiết", "số 3");
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.FORWARDED);
        assertThat(fx.raw("notice:2").getString(OutboxCodec.FORWARDED_TO)).isEqualTo(summary);
    }

    @Test
    void deliveringHeldMessagesTwiceSendsTheSummaryOnce() {
        OutboxFixture fx = outbox();
        for (int i = 1; i <= 4; i++) {
            fx.outbox.enqueue("notice:" + i, MEMBER, text("Thông báo số " + i), Priority.BULK);
        }
        dispatch(fx);
        fx.chats.heardFrom(MEMBER, clock.instant());

        fx.chats.deliverHeld(MEMBER);
        assertThat(fx.chats.deliverHeld(MEMBER)).isZero();
        dispatch(fx);

        assertThat(messenger.sentKeys()).hasSize(4).startsWith("held:" + MEMBER.key() + ":notice:1");
    }

    @Test
    void heldEntriesLeaveNoTraceOfTheMessagesTheyFold() {
        assertThat(HeldMessages.preview(new org.bson.Document("message", new org.bson.Document("text",
                "<b>Kế hoạch</b> &amp; dự thảo " + "x".repeat(100))))).hasSize(HeldMessages.PREVIEW)
                .startsWith("Kế hoạch & dự thảo").endsWith("…");
        assertThat(HeldMessages.preview(new org.bson.Document("message", new org.bson.Document("attachment",
                new org.bson.Document(Map.of("fileName", "bao_cao.xlsx")))))).isEqualTo("bao_cao.xlsx");
    }
}
