package vn.chidoan.core.kernel.outbox.chats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.outbox.AlternateRoutes;
import vn.chidoan.core.kernel.outbox.FakeSender;
import vn.chidoan.core.kernel.outbox.OutboxCodec;
import vn.chidoan.core.kernel.outbox.OutboxFixture;
import vn.chidoan.core.kernel.outbox.OutboxProperties;
import vn.chidoan.core.kernel.outbox.OutboxStatus;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.kernel.outbox.dispatch.PlatformLane;

/**
 * Messenger's 24-hour window, by a fixed clock: inside it a message goes; outside it a permitted tag
 * lets it go, a linked account on another platform receives it, or it is held until the person writes.
 */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class MessagingWindowTest {
    private static final ChatRef MEMBER = new ChatRef(Platform.MESSENGER, "psid-1");
    private static final ChatRef MEMBER_ON_TELEGRAM = new ChatRef(Platform.TELEGRAM, "5001");
    private static final Duration DAY = Duration.ofHours(24);

    @Parameter
    Database db;

    private final MutableClock clock = new MutableClock(OutboxFixture.START);
    private final FakeSender messenger = FakeSender.unpaced(Platform.MESSENGER, clock);
    private final FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);

    private OutboxFixture outbox(AlternateRoutes... routes) {
        return new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), List.of(routes), messenger,
                telegram);
    }

    private static OutgoingMessage text(String text) {
        return OutgoingMessage.text(RichText.plain(text));
    }

    private static int dispatch(OutboxFixture fx) {
        return fx.dispatcher.dispatchDue(Platform.MESSENGER) + fx.dispatcher.dispatchDue(Platform.TELEGRAM);
    }

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

    @Test
    void heldEntriesLeaveNoTraceOfTheMessagesTheyFold() {
        assertThat(HeldMessages.preview(new org.bson.Document("message", new org.bson.Document("text",
                "<b>Kế hoạch</b> &amp; dự thảo " + "x".repeat(100))))).hasSize(HeldMessages.PREVIEW)
                .startsWith("Kế hoạch & dự thảo").endsWith("…");
        assertThat(HeldMessages.preview(new org.bson.Document("message", new org.bson.Document("attachment",
                new org.bson.Document(Map.of("fileName", "bao_cao.xlsx")))))).isEqualTo("bao_cao.xlsx");
    }
}
