package vn.chidoan.core.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.telegram;
import static vn.chidoan.core.kernel.outbox.OutboxFixture.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatPoll;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.MutableClock;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class MongoOutboxTest {

    @Parameter
    Database db;

    @Test
    void theSameKeyTwiceStoresOneMessageAndSendsItOnce() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);

        String key = "in:telegram:update:7:1";
        assertThat(fx.outbox.enqueue(key, telegram("-100"), text("first"), Priority.INTERACTIVE)).isTrue();
        assertThat(fx.outbox.enqueue(key, telegram("-100"), text("replayed"), Priority.INTERACTIVE)).isFalse();
        fx.dispatchAll();
        fx.dispatchAll();

        assertThat(telegram.sent()).singleElement()
                .satisfies(sent -> assertThat(sent.entry().message().text().toPlainText()).isEqualTo("first"));
        assertThat(fx.status("in:telegram:update:7:1")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.chats.deliveredMessageId("in:telegram:update:7:1")).contains("m1");
    }

    @Test
    void aBulkEnqueueStoresTheNewKeysSkipsTakenOnesAndFollowsEachChatsRoute() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        fx.outbox.enqueue("post:1:chat:-2", telegram("-2"), text("sent before"), Priority.BULK);
        fx.chats.moveChat(telegram("-3"), telegram("-1003"));
        fx.chats.markUnreachable(telegram("-4"), "kicked", clock.instant());
        List<Outbox.Envelope> post = List.of("-1", "-2", "-3", "-4").stream()
                .map(id -> new Outbox.Envelope("post:1:chat:" + id, telegram(id), text("post"), Priority.BULK)).toList();

        assertThat(fx.outbox.enqueueAll(post)).isEqualTo(3);
        assertThat(fx.outbox.enqueueAll(post)).as("a replay").isZero();
        fx.dispatchAll();

        assertThat(telegram.sent()).extracting(s -> s.key() + "@" + s.chat().id() + ":" + s.entry().message().text()
                .toPlainText()).containsExactlyInAnyOrder("post:1:chat:-2@-2:sent before", "post:1:chat:-1@-1:post",
                        "post:1:chat:-3@-1003:post");
        assertThat(fx.status("post:1:chat:-4")).isEqualTo(OutboxStatus.FAILED);
        assertThat(fx.raw("post:1:chat:-4").getString("lastError")).isEqualTo("unreachable");
    }

    @Test
    void aMessageReachesTheSenderExactlyAsItWasEnqueued() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        byte[] sheet = {0x50, 0x4b, 3, 4, 0, -1, 42};
        OutgoingMessage message = new OutgoingMessage(new RichText("<b>Bao cao</b> &amp; <i>ket qua</i>"),
                List.of(List.of(Button.action("OK", "ack:42"), Button.link("Mo", "https://t.me/bot?start=x")),
                        List.of(Button.action("Huy", "cancel:42"))),
                Attachment.generated(Attachment.Kind.DOCUMENT, "roster.xlsx", "application/vnd.ms-excel", sheet),
                "77", "1234");

        fx.outbox.enqueue("report:9:chat:-100", telegram("-100"), message, Priority.BULK);
        fx.dispatchAll();

        OutboxEntry got = telegram.sent().get(0).entry();
        assertThat(got.key()).isEqualTo("report:9:chat:-100");
        assertThat(got.chat()).isEqualTo(telegram("-100"));
        assertThat(got.kind()).isEqualTo(OutboxEntry.Kind.MESSAGE);
        assertThat(got.priority()).isEqualTo(Priority.BULK);
        assertThat(got.attempts()).isEqualTo(1);
        OutgoingMessage sent = got.message();
        assertThat(sent.text()).isEqualTo(message.text());
        assertThat(sent.buttons()).isEqualTo(message.buttons());
        assertThat(sent.threadId()).isEqualTo("77");
        assertThat(sent.editOf()).isEqualTo("1234");
        assertThat(sent.attachment().content()).isEqualTo(sheet);
        assertThat(sent.attachment()).usingRecursiveComparison().ignoringFields("content")
                .isEqualTo(message.attachment());
    }

    @Test
    void aNativePollReachesTheSenderWholeAndItsPlatformIdIsPublishedWithItsDelivery() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock)
                .answer(telegram("-100"), new SendOutcome.Delivered("812", "5377643193141559299"));
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);
        ChatPoll poll = new ChatPoll("Đi đâu?", List.of("Huế", "Đà Nẵng", "Hội An"), true, false, false);

        fx.outbox.enqueue("poll:3:chat:telegram:-100", telegram("-100"), OutgoingMessage.poll(poll), Priority.BULK);
        fx.dispatchAll();

        assertThat(telegram.sent().get(0).entry().message().poll()).isEqualTo(poll);
        assertThat(fx.status("poll:3:chat:telegram:-100")).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(fx.events).contains(new OutboxEvents.PollDelivered("poll:3:chat:telegram:-100", telegram("-100"),
                "812", "5377643193141559299"));
        assertThat(fx.events).filteredOn(OutboxEvents.PollDelivered.class::isInstance).hasSize(1);
    }

    @Test
    void deliveredFilesDropTheirBytesButKeepTheirName() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(),
                FakeSender.unpaced(Platform.TELEGRAM, clock));
        fx.outbox.enqueue("export:1", telegram("5"), text("file").withAttachment(
                Attachment.generated(Attachment.Kind.DOCUMENT, "a.xlsx", "application/octet-stream", new byte[100])),
                Priority.INTERACTIVE);

        fx.dispatchAll();

        OutgoingMessage stored = OutboxCodec.message(fx.raw("export:1").get("message", org.bson.Document.class));
        assertThat(stored.attachment().fileName()).isEqualTo("a.xlsx");
        assertThat(stored.attachment().content()).isNull();
    }

    @Test
    void aButtonAnswerCarriesItsCallbackAndToast() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        FakeSender telegram = FakeSender.unpaced(Platform.TELEGRAM, clock);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(), telegram);

        assertThat(fx.outbox.answerButton("in:telegram:update:8:1", telegram("42"), "cb-1", "Da ghi nhan")).isTrue();
        assertThat(fx.outbox.answerButton("in:telegram:update:8:1", telegram("42"), "cb-1", "again")).isFalse();
        fx.dispatchAll();

        OutboxEntry got = telegram.sent().get(0).entry();
        assertThat(got.kind()).isEqualTo(OutboxEntry.Kind.BUTTON_ANSWER);
        assertThat(got.callbackId()).isEqualTo("cb-1");
        assertThat(got.toast()).isEqualTo("Da ghi nhan");
        assertThat(got.message()).isNull();
        assertThat(got.priority()).isEqualTo(Priority.INTERACTIVE);
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void entriesOfAPlatformWithoutSenderWaitPending() {
        MutableClock clock = new MutableClock(OutboxFixture.START);
        OutboxFixture fx = new OutboxFixture(db.freshTemplate(), clock, OutboxProperties.defaults(),
                FakeSender.unpaced(Platform.TELEGRAM, clock));
        ChatRef messenger = new ChatRef(Platform.MESSENGER, "psid-1");

        fx.outbox.enqueue("notice:1:messenger", messenger, text("hello"), Priority.BULK);

        assertThat(fx.dispatcher.dispatchDue(Platform.MESSENGER)).isZero();
        assertThat(fx.dispatchAll()).isZero();
        assertThat(fx.status("notice:1:messenger")).isEqualTo(OutboxStatus.PENDING);
    }
}
