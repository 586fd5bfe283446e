package vn.chidoan.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chidoan.core.chat.Attachment;
import vn.chidoan.core.chat.Button;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.OutgoingMessage;
import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.RichText;
import vn.chidoan.core.outbox.OutboxEntry;
import vn.chidoan.core.outbox.Priority;
import vn.chidoan.core.outbox.SendOutcome;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;
import vn.chidoan.telegram.testing.TelegramFixtures;

class TelegramSenderTest {
    private static final ChatRef GROUP = new ChatRef(Platform.TELEGRAM, "-1001234567890");
    private static final ChatRef PRIVATE = new ChatRef(Platform.TELEGRAM, "1107771830");

    private final FakeBotApi api = FakeBotApi.start();
    private final TelegramHarness harness = new TelegramHarness(api.baseUrl(), api.token());
    private final TelegramSender sender = harness.sender();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void plainMessageIsSentAsHtmlAndDelivered() {
        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("<b>Họp chi đoàn</b> 19:00"))));

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

        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText(text))));

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

    @ParameterizedTest
    @CsvSource({
        "error_403_kicked_from_group.json, Unreachable",
        "error_403_blocked_by_user.json, Unreachable",
        "error_403_cant_initiate_conversation.json, Unreachable",
        "error_400_message_not_modified.json, Failed",
        "error_400_message_to_edit_not_found.json, Failed"})
    void apiErrorsAreClassified(String fixture, String outcome) {
        api.failNextWith("sendMessage", fixture);

        SendOutcome result = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x"))));

        assertThat(result.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(result.toString()).contains(fixtureDescription(fixture));
    }

    @Test
    void whatTheBotApiCouldNeverAcceptFailsWithoutACall() {
        SendOutcome emptyLabel = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x"))
                .withButtons(List.of(List.of(Button.action("", "a:1"))))));
        SendOutcome badEdit = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")).editing("abc")));
        SendOutcome nothing = sender.send(message(GROUP, OutgoingMessage.text(new RichText("  "))));

        assertThat(List.of(emptyLabel, badEdit, nothing)).allSatisfy(
                outcome -> assertThat(outcome).isInstanceOf(SendOutcome.Failed.class));
        assertThat(api.requests()).isEmpty();
    }

    @Test
    void tooManyRequestsWaitsWhatTelegramSays() {
        api.failNextWith("sendMessage", "error_429_retry_after.json");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isEqualTo(new SendOutcome.RetryAfter(Duration.ofSeconds(41)));
    }

    @Test
    void upgradedGroupMovesToTheNewChat() {
        api.failNextWith("sendMessage", "error_400_group_upgraded.json");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isEqualTo(new SendOutcome.Moved(new ChatRef(Platform.TELEGRAM, "-1001557912345")));
    }

    @Test
    void migrationIsRecognisedByItsParameterWhateverTheWording() {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat"
                + " was migrated to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-100777}}");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isEqualTo(new SendOutcome.Moved(new ChatRef(Platform.TELEGRAM, "-100777")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Forbidden: bot was kicked from the supergroup chat",
        "Forbidden: bot was kicked from the channel chat",
        "Forbidden: user is deactivated"})
    void otherWordingsOfUnreachableAreUnreachable(String description) {
        api.failNext("sendMessage", 403, "{\"ok\":false,\"error_code\":403,\"description\":\"" + description + "\"}");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isEqualTo(new SendOutcome.Unreachable(description));
    }

    @Test
    void otherClientErrorsFailWithTelegramsDescription() {
        api.failNext("sendMessage", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isEqualTo(new SendOutcome.Failed("400 Bad Request: chat not found"));
    }

    @Test
    void serverErrorsAreTransient() {
        api.failNext("sendMessage", 502, "<html><body>502 Bad Gateway</body></html>");
        api.failNext("sendMessage", 500, "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error\"}");

        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(sender.send(message(GROUP, OutgoingMessage.text(new RichText("x")))))
                .isInstanceOf(SendOutcome.Transient.class);
        assertThat(harness.status().reachable()).isFalse();
    }

    @Test
    void refusedConnectionIsTransientAndTheStatusNeverShowsTheToken() {
        api.close();

        SendOutcome outcome = sender.send(message(GROUP, OutgoingMessage.text(new RichText("x"))));

        assertThat(outcome).isInstanceOf(SendOutcome.Transient.class);
        assertThat(outcome.toString()).doesNotContain(api.token());
        assertThat(harness.status().reachable()).isFalse();
        assertThat(harness.status().detail()).contains(api.baseUrl()).doesNotContain(api.token());
    }

    @Test
    void retryAfterATransientFailureResumesWithTheUndeliveredParts() {
        String text = longText();
        OutboxEntry entry = message(GROUP, OutgoingMessage.text(new RichText(text)));
        api.succeedNext("sendMessage");
        api.failNext("sendMessage", 502, "<html>502 Bad Gateway</html>");

        SendOutcome first = sender.send(entry);
        SendOutcome retried = sender.send(entry);

        List<RecordedRequest> calls = api.requests("sendMessage");
        assertThat(first).isInstanceOf(SendOutcome.Transient.class);
        assertThat(calls).hasSize(4);
        assertThat(calls.get(2).text()).as("only the failed part is sent again").isEqualTo(calls.get(1).text());
        List<String> delivered = calls.stream().filter(RecordedRequest::succeeded).map(RecordedRequest::text).toList();
        assertThat(String.join("\n", delivered)).isEqualTo(text);
        assertThat(retried).isEqualTo(new SendOutcome.Delivered(calls.get(0).resultMessageId()));
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
        SendOutcome outcome = sender.send(new OutboxEntry("in:k:1", GROUP, OutboxEntry.Kind.BUTTON_ANSWER, null,
                "4559785438211274145", "Đã ghi nhận", Priority.INTERACTIVE, 0));

        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        RecordedRequest answer = api.requests("answerCallbackQuery").get(0);
        assertThat(answer.param("callback_query_id")).isEqualTo("4559785438211274145");
        assertThat(answer.param("text")).isEqualTo("Đã ghi nhận");
    }

    @Test
    void tooOldButtonPressFailsWithoutRetry() {
        api.failNext("answerCallbackQuery", 400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: "
                + "query is too old and response timeout expired or query ID is invalid\"}");

        SendOutcome outcome = sender.send(new OutboxEntry("in:k:1", GROUP, OutboxEntry.Kind.BUTTON_ANSWER, null,
                "1", null, Priority.INTERACTIVE, 0));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(api.requests("answerCallbackQuery")).hasSize(1);
    }

    @Test
    void pacingFollowsTelegramsLimits() {
        assertThat(sender.pacing().perSecond()).isEqualTo(30);
        assertThat(sender.pacing().gapPerChat().apply(GROUP)).isEqualTo(Duration.ofSeconds(3));
        assertThat(sender.pacing().gapPerChat().apply(PRIVATE)).isEqualTo(Duration.ofSeconds(1));
    }

    private String firstMessageId() {
        return api.requests("sendMessage").get(0).resultMessageId();
    }

    private static String fixtureDescription(String fixture) {
        return TelegramJson.treeOrNull(TelegramFixtures.api(fixture).getBytes(StandardCharsets.UTF_8))
                .get("description").asText();
    }

    private static String longText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(i == 0 ? "" : "\n").append(String.format("%03d ", i)).append("đoàn viên ".repeat(4))
                    .append("x".repeat(4));
        }
        return text.toString();
    }

    private static OutboxEntry message(ChatRef chat, OutgoingMessage message) {
        return new OutboxEntry("key:" + chat.id(), chat, OutboxEntry.Kind.MESSAGE, message, null, null,
                Priority.INTERACTIVE, 0);
    }
}
