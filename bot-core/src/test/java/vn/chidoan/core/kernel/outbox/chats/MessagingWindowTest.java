package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.kernel.outbox.dispatch.PlatformLane;

/**
 * Messenger's 24-hour window, by a fixed clock: inside it a message goes; outside it a permitted tag
 * lets it go; the platform's word that it closed is taken; platforms without one never hold.
 */
class MessagingWindowTest extends MessagingWindowScenarioTest {
    @Test
    void insideTheWindowAMessageIsSent() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER, clock.instant());
        clock.advance(DAY.minusSeconds(1));

        fx.outbox.enqueue("notice:1", MEMBER, text("Họp chi đoàn tối nay"), Priority.BULK);
        dispatch(fx);

        assertThat(messenger.sentKeys()).containsExactly("notice:1");
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void theWindowClosesTwentyFourHoursAfterThePersonsLastMessage() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER, clock.instant());
        clock.advance(DAY);

        fx.outbox.enqueue("notice:1", MEMBER, text("Họp chi đoàn tối nay"), Priority.BULK);
        dispatch(fx);

        assertThat(messenger.sent()).isEmpty();
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
        assertThat(fx.raw("notice:1").getString(OutboxCodec.LAST_ERROR)).isEqualTo(PlatformLane.OUTSIDE_WINDOW);
    }

    @Test
    void aChatNeverHeardFromIsOutsideTheWindow() {
        OutboxFixture fx = outbox();

        fx.outbox.enqueue("notice:1", MEMBER, text("Xin chào"), Priority.BULK);
        dispatch(fx);

        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
    }

    @Test
    void outsideTheWindowAMessageWithAPermittedTagIsSentWithItsTag() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER, clock.instant());
        clock.advance(Duration.ofDays(3));

        fx.outbox.enqueue("meeting:7:reminder", MEMBER,
                text("Nhắc lịch: họp chi đoàn lúc 19:00").tagged(MessageTag.CONFIRMED_EVENT_UPDATE), Priority.BULK);
        dispatch(fx);

        assertThat(messenger.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.entry().message().tag()).isEqualTo(MessageTag.CONFIRMED_EVENT_UPDATE));
        assertThat(fx.status("meeting:7:reminder")).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void whenThePlatformSaysTheWindowIsClosedTheMessageTakesTheSameWay() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER, clock.instant());
        messenger.answer(MEMBER, new SendOutcome.Held("(#10) outside of allowed window"));

        fx.outbox.enqueue("notice:1", MEMBER, text("Thông báo"), Priority.BULK);
        dispatch(fx);

        assertThat(messenger.sentKeys()).containsExactly("notice:1");
        assertThat(fx.status("notice:1")).isEqualTo(OutboxStatus.HELD);
        assertThat(fx.raw("notice:1").getString(OutboxCodec.LAST_ERROR)).contains("outside of allowed window");
    }

    @Test
    void theLatestMessageCountsEvenWhenAnEarlierOneIsHandledLast() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER, clock.instant());
        fx.chats.heardFrom(MEMBER, clock.instant().minus(Duration.ofHours(30)));
        clock.advance(Duration.ofHours(23));

        assertThat(fx.chats.windowOpen(MEMBER)).isTrue();
    }

    @Test
    void platformsWithoutAWindowNeverHoldAndKeepNoRecord() {
        OutboxFixture fx = outbox();
        fx.chats.heardFrom(MEMBER_ON_TELEGRAM, clock.instant());

        fx.outbox.enqueue("notice:1", MEMBER_ON_TELEGRAM, text("Thông báo"), Priority.BULK);
        dispatch(fx);

        assertThat(telegram.sentKeys()).containsExactly("notice:1");
        assertThat(fx.mongo.getCollection(ChatWindows.COLLECTION).countDocuments()).isZero();
        assertThat(fx.chats.deliverHeld(MEMBER_ON_TELEGRAM)).isZero();
    }
}
