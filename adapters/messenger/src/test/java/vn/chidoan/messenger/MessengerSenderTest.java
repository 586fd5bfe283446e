package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.RecordedSend;

/** The neutral message on the Send API's wire, as a fake Graph API on loopback receives it. */
class MessengerSenderTest {
    static final FakeGraphApi API = FakeGraphApi.start();
    private static final ChatRef PERSON = new ChatRef(Platform.MESSENGER, "24680");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"));
    private MessengerSender sender;
    private MessengerStatus status;

    @BeforeEach
    void wire() {
        API.clear();
        MessengerProperties properties = new MessengerProperties(API.token(), "secret", "verify", API.baseUrl(),
                "chidoan.test");
        status = new MessengerConfiguration().messengerStatus(properties);
        sender = sender(properties, status, clock);
    }

    /** The sender as the configuration wires it, for {@code properties}. */
    static MessengerSender sender(MessengerProperties properties, MessengerStatus status, Clock clock) {
        MessengerConfiguration configuration = new MessengerConfiguration();
        GraphHttpClient graph = configuration.graphHttpClient(properties);
        return configuration.messengerSender(configuration.messenger(properties, graph), graph, status, clock,
                new Texts(), MessengerSender.PER_SECOND);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    /** A message to the person {@code 24680}, on its first try. */
    static OutboxEntry entry(String key, OutgoingMessage message, Priority priority) {
        return new OutboxEntry(key, PERSON, OutboxEntry.Kind.MESSAGE, message, null, null, priority, 1);
    }

    private static OutgoingMessage text(String text) {
        return OutgoingMessage.text(RichText.plain(text));
    }

    private static List<Button> buttons(int count, String label) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> Button.action(label + i, "pick:" + i)).toList();
    }

    @Test
    void aReplyGoesToTheVersionedMessagesPathAsAResponseWithItsVietnameseTextIntact() {
        SendOutcome outcome = sender.send(entry("in:1", new OutgoingMessage(new RichText(
                "<b>Chào bạn</b> &amp; <a href=\"https://doan.vn\">trang Đoàn</a>"), List.of(), null, null, null),
                Priority.INTERACTIVE));

        RecordedSend sent = API.sends().get(0);
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(
                com.google.gson.JsonParser.parseString(sent.response()).getAsJsonObject().get("message_id").getAsString()));
        assertThat(sent.path()).isEqualTo("/" + FakeGraphApi.VERSION + "/me/messages");
        assertThat(sent.recipient()).isEqualTo("24680");
        assertThat(sent.messagingType()).isEqualTo("RESPONSE");
        assertThat(sent.tag()).isNull();
        assertThat(sent.text()).isEqualTo("Chào bạn & trang Đoàn (https://doan.vn)");
        assertThat(status.reachable()).isTrue();
    }

    @Test
    void bulkIsAnUpdateAndATaggedMessageCarriesTheCurrentTagName() {
        sender.send(entry("notice:1", text("Thông báo"), Priority.BULK));
        sender.send(entry("meeting:1", text("Nhắc lịch họp").tagged(MessageTag.CONFIRMED_EVENT_UPDATE), Priority.BULK));
        sender.send(entry("member:1", text("Bạn đã vào BCH").tagged(MessageTag.ACCOUNT_UPDATE), Priority.BULK));

        assertThat(API.sends()).extracting(RecordedSend::messagingType, RecordedSend::tag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UPDATE", null),
                org.assertj.core.groups.Tuple.tuple("MESSAGE_TAG", "CONFIRMED_EVENT_UPDATE"),
                org.assertj.core.groups.Tuple.tuple("MESSAGE_TAG", "ACCOUNT_UPDATE"));
    }

    @Test
    void textOverTwoThousandCharactersIsSplitAtALineBreak() {
        String first = "Dòng một. ".repeat(150).strip();
        String second = "Dòng hai. ".repeat(100).strip();

        sender.send(entry("in:2", text(first + "\n" + second), Priority.INTERACTIVE));

        assertThat(API.sends()).extracting(RecordedSend::text).containsExactly(first, second);
        assertThat(API.sends()).allSatisfy(s -> assertThat(s.text().length()).isLessThanOrEqualTo(2000));
    }

    @Test
    void upToThreeChoicesAreAButtonTemplateWithPostbacksAndLinks() {
        OutgoingMessage message = text("Bạn đồng ý lưu dữ liệu?").withButtons(List.of(
                List.of(Button.action("Đồng ý", "consent:y:K7MNP2QX"), Button.action("Không", "consent:n")),
                List.of(Button.link("Tham gia", "https://m.me/chidoan.test?ref=K7MNP2QX"))));

        sender.send(entry("in:3", message, Priority.INTERACTIVE));

        RecordedSend sent = API.sends().get(0);
        assertThat(sent.attachment().get("type").getAsString()).isEqualTo("template");
        assertThat(sent.text()).isEqualTo("Bạn đồng ý lưu dữ liệu?");
        assertThat(sent.postbacks()).containsExactly("consent:y:K7MNP2QX", "consent:n");
        assertThat(sent.links()).containsExactly("https://m.me/chidoan.test?ref=K7MNP2QX");
    }

    @Test
    void aTemplatesTextIsCutTo640CharactersTheRestGoesBefore() {
        String text = "Nội dung dài. ".repeat(80).strip();

        sender.send(entry("in:4", text(text).withButtons(List.of(List.of(Button.action("Có", "yes")))),
                Priority.INTERACTIVE));

        List<RecordedSend> sends = API.sends();
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).attachment()).isNull();
        assertThat(sends.get(1).text().length()).isLessThanOrEqualTo(MessagePlan.TEMPLATE_TEXT);
        assertThat(sends.get(1).postbacks()).containsExactly("yes");
        assertThat(sends.get(0).text() + " " + sends.get(1).text()).isEqualTo(text);
    }

    @Test
    void fourToThirteenChoicesAreQuickRepliesAndLinksBecomeLines() {
        OutgoingMessage message = text("Chọn buổi").withButtons(List.of(buttons(12, "Buổi "),
                List.of(Button.link("Lịch", "https://doan.vn/lich"))));

        sender.send(entry("in:5", message, Priority.INTERACTIVE));

        RecordedSend sent = API.sends().get(0);
        assertThat(sent.quickReplies()).hasSize(12).first().isEqualTo("Buổi 1");
        assertThat(sent.quickReplyPayloads()).last().isEqualTo("pick:12");
        assertThat(sent.text()).isEqualTo("Chọn buổi\nLịch: https://doan.vn/lich");
    }

    @Test
    void moreThanThirteenChoicesOrLongLabelsAreNumberedToType() {
        sender.send(entry("in:6", text("Chọn buổi").withButtons(List.of(buttons(14, "Buổi "))), Priority.INTERACTIVE));
        sender.send(entry("in:7", text("Chọn").withButtons(List.of(buttons(4, "Một lựa chọn có nhãn rất dài "))),
                Priority.INTERACTIVE));

        List<RecordedSend> sends = API.sends();
        assertThat(sends.get(0).quickReplies()).isEmpty();
        assertThat(sends.get(0).text()).startsWith("Chọn buổi\n\n1. Buổi 1\n2. Buổi 2").contains("\n14. Buổi 14\n")
                .endsWith("Trả lời bằng cách gõ số của lựa chọn, ví dụ 1.");
        assertThat(sends.get(1).text()).contains("4. Một lựa chọn có nhãn rất dài 4");
    }

    @Test
    void anEditIsSentAsANewMessage() {
        sender.send(entry("in:8", text("Đã cập nhật").editing("m_earlier"), Priority.INTERACTIVE));

        assertThat(API.sends()).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("Đã cập nhật"));
    }

    @Test
    void aFileByUrlGoesFirstAndAnotherPlatformsFileIdIsRefusedWithoutACall() {
        Attachment pdf = Attachment.inbound(Attachment.Kind.DOCUMENT, "https://cdn.fbsbx.com/ke_hoach.pdf", "ke_hoach.pdf",
                null);
        sender.send(entry("in:9", text("Kế hoạch").withAttachment(pdf), Priority.INTERACTIVE));
        SendOutcome telegramFile = sender.send(entry("in:10", text("Báo cáo").withAttachment(Attachment.inbound(
                Attachment.Kind.DOCUMENT, "BQACAgUAAxkBAAIB", "bao_cao.pdf", "application/pdf")), Priority.BULK));

        assertThat(API.sends()).hasSize(2);
        assertThat(API.sends().get(0).attachment().get("type").getAsString()).isEqualTo("file");
        assertThat(API.sends().get(0).attachment().getAsJsonObject("payload").get("url").getAsString())
                .isEqualTo("https://cdn.fbsbx.com/ke_hoach.pdf");
        assertThat(API.sends().get(0).upload()).isNull();
        assertThat(API.sends().get(1).text()).isEqualTo("Kế hoạch");
        assertThat(telegramFile).isInstanceOf(SendOutcome.Failed.class);
    }

    @Test
    void aButtonAnswerSendsItsToastAsAMessageAndOtherwiseNothing() {
        OutboxEntry silent = new OutboxEntry("in:11:ack", PERSON, OutboxEntry.Kind.BUTTON_ANSWER, null, "cb-1", null,
                Priority.INTERACTIVE, 1);
        OutboxEntry toast = new OutboxEntry("in:12:ack", PERSON, OutboxEntry.Kind.BUTTON_ANSWER, null, "cb-2",
                "Nút này đã hết hạn", Priority.INTERACTIVE, 1);

        assertThat(sender.send(silent)).isEqualTo(new SendOutcome.Delivered("cb-1"));
        assertThat(API.sends()).isEmpty();
        assertThat(sender.send(toast)).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(API.sends()).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo("Nút này đã hết hạn"));
    }

    @Test
    void outsideTheWindowIsHeldAndAnUnavailablePersonUnreachable() {
        API.failNextWith("error_10_outside_window.json");
        API.failNextWith("error_551_user_unavailable.json");

        SendOutcome outside = sender.send(entry("in:13", text("Xin chào"), Priority.BULK));
        SendOutcome unavailable = sender.send(entry("in:14", text("Xin chào"), Priority.BULK));

        assertThat(outside).isInstanceOf(SendOutcome.Held.class);
        assertThat(((SendOutcome.Held) outside).reason()).contains("2018278");
        assertThat(unavailable).isInstanceOf(SendOutcome.Unreachable.class);
        assertThat(((SendOutcome.Unreachable) unavailable).reason()).contains("551", "isn't available");
    }

    @Test
    void aRateLimitPausesTheWholePageWithoutCallingAgainUntilTheBackOffEnds() {
        API.failNextWith("error_613_rate_limit.json");

        SendOutcome limited = sender.send(entry("in:15", text("Một"), Priority.BULK));
        SendOutcome waiting = sender.send(entry("in:16", text("Hai"), Priority.BULK));
        clock.advance(GraphErrors.FIRST_BACKOFF);
        SendOutcome after = sender.send(entry("in:16", text("Hai"), Priority.BULK));

        assertThat(limited).isEqualTo(new SendOutcome.RetryAfter(GraphErrors.FIRST_BACKOFF));
        assertThat(waiting).isEqualTo(new SendOutcome.RetryAfter(GraphErrors.FIRST_BACKOFF));
        assertThat(after).isInstanceOf(SendOutcome.Delivered.class);
        assertThat(API.sends()).extracting(RecordedSend::text).containsExactly("Một", "Hai");
    }

    @Test
    void theBackOffGrowsWithEachTryUpToFiveMinutes() {
        assertThat(GraphErrors.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(GraphErrors.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(GraphErrors.backoff(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(GraphErrors.backoff(9)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aServerErrorIsTransientAndTheRetryResumesAfterThePartsAlreadySent() {
        String first = "Phần một. ".repeat(195).strip();
        String second = "Phần hai. ".repeat(10).strip();
        OutboxEntry message = entry("in:17", text(first + "\n" + second), Priority.INTERACTIVE);
        API.failNext(200, "{\"recipient_id\":\"24680\",\"message_id\":\"m_first\"}");
        API.failNext(503, "<html>Service Unavailable</html>");

        assertThat(sender.calls(message)).as("the pace holds a place for each part").isEqualTo(2);
        SendOutcome failed = sender.send(message);
        boolean reachableAfterFailure = status.reachable();
        assertThat(sender.calls(message)).as("only the part still to send").isOne();
        SendOutcome retried = sender.send(message);

        assertThat(failed).isInstanceOf(SendOutcome.Transient.class);
        assertThat(reachableAfterFailure).isFalse();
        assertThat(retried).isEqualTo(new SendOutcome.Delivered("m_first"));
        assertThat(API.sends()).extracting(RecordedSend::text).containsExactly(first, second, second);
    }

    @Test
    void otherErrorsFailWithTheApisMessageAndAWrongTokenNeverLeaksIt() {
        MessengerProperties wrong = new MessengerProperties("EAA-wrong-token", "s", "v", API.baseUrl(), null);
        MessengerSender withWrongToken = sender(wrong, new MessengerConfiguration().messengerStatus(wrong), clock);

        SendOutcome outcome = withWrongToken.send(entry("in:18", text("x"), Priority.BULK));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(outcome.toString()).contains("190", "Invalid OAuth access token").doesNotContain("EAA-wrong-token");
    }
}
