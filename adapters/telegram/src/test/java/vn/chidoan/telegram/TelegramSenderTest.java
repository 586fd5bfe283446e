package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.telegram.Outgoing.GROUP;
import static vn.chidoan.telegram.Outgoing.PRIVATE;
import static vn.chidoan.telegram.Outgoing.longText;
import static vn.chidoan.telegram.Outgoing.message;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/** What the sender puts on the wire, against a fake Bot API. */
class TelegramSenderTest {
    private final FakeBotApi api = FakeBotApi.start();
    private final TelegramHarness harness = new TelegramHarness(api.baseUrl(), api.token());
    private final TelegramSender sender = harness.sender();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void plainMessageIsSentAsHtmlAndDelivered() {
        SendOutcome outcome = sender.send(Outgoing.text(GROUP, "<b>Họp chi đoàn</b> 19:00"));

        RecordedRequest sent = api.requests("sendMessage").get(0);
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(sent.resultMessageId()));
        assertThat(sent.chatId()).isEqualTo("-1001234567890");
        assertThat(sent.text()).isEqualTo("<b>Họp chi đoàn</b> 19:00");
        assertThat(sent.param("parse_mode")).isEqualTo("HTML");
        assertThat(sent.replyMarkup()).isNull();
    }

    @Test
    void userDataStaysEscaped() {
        sender.send(message(PRIVATE, OutgoingMessage.text(RichText.plain("<script> Tom & \"Jerry\""))));

        assertThat(api.requests("sendMessage").get(0).text()).isEqualTo("&lt;script&gt; Tom &amp; &quot;Jerry&quot;");
    }

    @Test
    void tenThousandCharactersGoOutAsOrderedPartsAndTheFirstIdIsReturned() {
        String text = longText();
        var entry = message(GROUP, OutgoingMessage.text(new RichText(text)));
        assertThat(sender.calls(entry)).as("the pace holds a place for each part").isEqualTo(3);
        assertThat(sender.calls(Outgoing.text(GROUP, "Ngắn"))).isOne();

        SendOutcome outcome = sender.send(entry);

        List<RecordedRequest> sent = api.requests("sendMessage");
        assertThat(sent).hasSize(3).allSatisfy(r -> assertThat(r.text().length()).isLessThanOrEqualTo(4096));
        assertThat(String.join("\n", sent.stream().map(RecordedRequest::text).toList())).isEqualTo(text);
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(firstMessageId()));
    }

    @Test
    void buttonsBecomeAnInlineKeyboardUnderTheLastPart() {
        OutgoingMessage withButtons = OutgoingMessage.text(new RichText(longText())).withButtons(List.of(
                List.of(Button.action("Tham gia", "mt:rsvp:42:y"), Button.action("Vắng", "mt:rsvp:42:n")),
                List.of(Button.link("Mở chat riêng", "https://t.me/chidoan_test_bot?start=abc"))));

        sender.send(message(GROUP, withButtons));

        List<RecordedRequest> sent = api.requests("sendMessage");
        assertThat(sent.get(0).replyMarkup()).isNull();
        var keyboard = sent.get(2).replyMarkup().get("inline_keyboard");
        assertThat(keyboard).hasSize(2);
        assertThat(keyboard.get(0)).hasSize(2);
        assertThat(keyboard.get(0).get(0).get("text").asText()).isEqualTo("Tham gia");
        assertThat(keyboard.get(0).get(0).get("callback_data").asText()).isEqualTo("mt:rsvp:42:y");
        assertThat(keyboard.get(0).get(1).get("callback_data").asText()).isEqualTo("mt:rsvp:42:n");
        assertThat(keyboard.get(1).get(0).get("url").asText()).isEqualTo("https://t.me/chidoan_test_bot?start=abc");
        assertThat(keyboard.get(1).get(0).has("callback_data")).isFalse();
    }

    @Test
    void messageInAForumTopicNamesTheThread() {
        sender.send(message(GROUP, OutgoingMessage.text(new RichText("ok")).inThread("4")));

        assertThat(api.requests("sendMessage").get(0).param("message_thread_id")).isEqualTo("4");
    }

    @Test
    void editThatChangesNothingCountsAsDelivered() {
        api.failNextWith("editMessageText", "error_400_message_not_modified.json");

        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("Đã nhận: 3")).editing("77")));

        assertThat(outcome).isEqualTo(new SendOutcome.Delivered("77"));
        assertThat(api.requests("editMessageText")).singleElement()
                .satisfies(r -> assertThat(r.param("message_id")).isEqualTo("77"));
        assertThat(api.requests("sendMessage")).isEmpty();
    }

    @Test
    void editOfAMessageThatIsGoneIsSentAnew() {
        api.failNextWith("editMessageText", "error_400_message_to_edit_not_found.json");

        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("Đã nhận: 3")).editing("77")));

        assertThat(api.requests("sendMessage")).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("Đã nhận: 3"));
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(firstMessageId()));
    }

    @Test
    void successfulEditKeepsTheMessageId() {
        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("Đã nhận: 4"))
                .withButtons(List.of(List.of(Button.action("Đã nhận", "nt:ack:9")))).editing("77")));

        assertThat(outcome).isEqualTo(new SendOutcome.Delivered("77"));
        RecordedRequest edit = api.requests("editMessageText").get(0);
        assertThat(edit.text()).isEqualTo("Đã nhận: 4");
        assertThat(edit.replyMarkup().at("/inline_keyboard/0/0/callback_data").asText()).isEqualTo("nt:ack:9");
    }

    @Test
    void generatedFileIsUploadedWithItsCaption() {
        byte[] pdf = "%PDF-1.4 fake".getBytes();
        OutgoingMessage withFile = OutgoingMessage.text(new RichText("<b>Báo cáo</b> tháng 5"))
                .withAttachment(Attachment.generated(Attachment.Kind.DOCUMENT, "bao-cao.pdf", "application/pdf", pdf));

        SendOutcome outcome = sender.send(message(GROUP, withFile));

        RecordedRequest upload = api.requests("sendDocument").get(0);
        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(upload.chatId()).isEqualTo("-1001234567890");
        assertThat(upload.param("caption")).isEqualTo("<b>Báo cáo</b> tháng 5");
        assertThat(upload.param("parse_mode")).isEqualTo("HTML");
        assertThat(upload.files().get("document").fileName()).isEqualTo("bao-cao.pdf");
        assertThat(upload.files().get("document").content()).isEqualTo(pdf);
    }

    @Test
    void generatedPhotoIsSentAsAPhoto() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        sender.send(message(PRIVATE, OutgoingMessage.text(new RichText("Mã QR"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "qr.png", "image/png", png))));

        RecordedRequest upload = api.requests("sendPhoto").get(0);
        assertThat(upload.files().get("photo").content()).isEqualTo(png);
        assertThat(upload.param("caption")).isEqualTo("Mã QR");
    }

    @Test
    void aPhotoEditReplacesTheImageAndCaptionOfTheSameMessage() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 2};
        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("Mã QR <b>mới</b>"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", png))
                .editing("77")));

        assertThat(outcome).isEqualTo(new SendOutcome.Delivered("77"));
        assertThat(api.requests("sendPhoto")).as("no new photo in the group").isEmpty();
        RecordedRequest edit = api.requests("editMessageMedia").get(0);
        assertThat(edit.chatId()).isEqualTo("-1001234567890");
        assertThat(edit.param("message_id")).isEqualTo("77");
        assertThat(edit.files().get("media").content()).isEqualTo(png);
        var media = new com.fasterxml.jackson.databind.ObjectMapper().readTree(edit.param("media"));
        assertThat(media.path("type").asText()).isEqualTo("photo");
        assertThat(media.path("caption").asText()).isEqualTo("Mã QR <b>mới</b>");
        assertThat(media.path("parse_mode").asText()).isEqualTo("HTML");
    }

    @Test
    void aPhotoEditOfAMessageThatIsGoneIsSentAsANewPhoto() {
        api.failNextWith("editMessageMedia", "error_400_message_to_edit_not_found.json");

        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("Mã QR"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", new byte[] {1}))
                .editing("77")));

        RecordedRequest photo = api.requests("sendPhoto").get(0);
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(photo.resultMessageId()));
    }

    @Test
    void fileWithATextTooLongForACaptionFollowsTheText() {
        String text = "a".repeat(1500);
        sender.send(message(GROUP, OutgoingMessage.text(new RichText(text))
                .withAttachment(Attachment.generated(Attachment.Kind.DOCUMENT, "x.xlsx", "application/vnd.ms-excel",
                        new byte[] {1, 2}))));

        assertThat(api.requests()).extracting(RecordedRequest::method).containsExactly("sendmessage", "senddocument");
        assertThat(api.requests("sendDocument").get(0).param("caption")).isNull();
    }

    @Test
    void buttonPressIsAnsweredWithItsToast() {
        SendOutcome outcome = sender.send(Outgoing.buttonAnswer("4559785438211274145", "Đã ghi nhận"));

        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        RecordedRequest answer = api.requests("answerCallbackQuery").get(0);
        assertThat(answer.param("callback_query_id")).isEqualTo("4559785438211274145");
        assertThat(answer.param("text")).isEqualTo("Đã ghi nhận");
    }

    @Test
    void pacingFollowsTelegramsLimits() {
        assertThat(sender.pacing().overall()).isEqualTo(new PlatformSender.Limit(30, Duration.ofSeconds(1)));
        assertThat(sender.pacing().perChat().apply(GROUP)).isEqualTo(new PlatformSender.Limit(20, Duration.ofMinutes(1)));
        assertThat(sender.pacing().perChat().apply(PRIVATE)).isEqualTo(new PlatformSender.Limit(1, Duration.ofSeconds(1)));
        assertThat(api.requests("sendMessage")).isEmpty();
    }

    @Test
    void withPaidBroadcastsMessagesSaySoAndMayGoAtAThousandASecond() {
        TelegramSender paid = new TelegramSender(new TelegramConfiguration().telegramClient(new TelegramProperties(
                api.token(), TelegramProperties.Mode.POLLING, api.baseUrl(), null, null, null)), harness.status(), true);

        paid.send(Outgoing.text(GROUP, "Thông báo"));
        sender.send(Outgoing.text(GROUP, "Thông báo"));

        assertThat(paid.pacing().overall()).isEqualTo(new PlatformSender.Limit(1_000, Duration.ofSeconds(1)));
        assertThat(paid.pacing().perChat().apply(GROUP)).as("a group's own limit stays")
                .isEqualTo(new PlatformSender.Limit(20, Duration.ofMinutes(1)));
        assertThat(api.requests("sendMessage")).extracting(r -> r.param("allow_paid_broadcast"))
                .containsExactly("true", null);
    }

    private String firstMessageId() {
        return api.requests("sendMessage").get(0).resultMessageId();
    }
}
