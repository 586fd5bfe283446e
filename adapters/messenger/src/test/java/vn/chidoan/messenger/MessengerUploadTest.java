package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.messenger.MessengerSenderTest.entry;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * Generated files (an Excel export, a QR code) uploaded to the Send API as multipart, as the fake
 * Graph API reads them.
 */
class MessengerUploadTest {
    static final FakeGraphApi API = FakeGraphApi.start();
    /** A PNG signature and every byte value, so a charset or line-ending slip in the body would show. */
    private static final byte[] PNG = png();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-26T01:00:00Z"));
    private MessengerSender sender;

    @BeforeEach
    void wire() {
        API.clear();
        MessengerProperties properties = new MessengerProperties(API.token(), "secret", "verify", API.baseUrl(), null);
        sender = MessengerSenderTest.sender(properties, new MessengerConfiguration().messengerStatus(properties),
                clock);
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    private static OutgoingMessage file(Attachment attachment) {
        return new OutgoingMessage(null, List.of(), null, null, null).withAttachment(attachment);
    }

    private static byte[] png() {
        byte[] bytes = new byte[8 + 256];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 0, bytes, 0, 8);
        for (int i = 0; i < 256; i++) {
            bytes[8 + i] = (byte) i;
        }
        return bytes;
    }

    @Test
    void anXlsxExportIsUploadedAsAFileWithItsBytesNameAndType() {
        Attachment xlsx = Spreadsheet.named("gop-y-7").sheet("Góp ý", List.of("Số", "Nội dung"),
                List.of(List.of(1, "Ý kiến"))).toAttachment();

        SendOutcome outcome = sender.send(entry("comment:7:xlsx", file(xlsx), Priority.BULK));

        RecordedSend sent = API.sends().get(0);
        assertThat(API.sends()).hasSize(1);
        assertThat(sent.path()).isEqualTo("/" + FakeGraphApi.VERSION + "/me/messages");
        assertThat(sent.recipient()).isEqualTo("24680");
        assertThat(sent.messagingType()).isEqualTo("UPDATE");
        assertThat(sent.tag()).isNull();
        assertThat(sent.attachmentType()).isEqualTo("file");
        assertThat(sent.attachment().getAsJsonObject("payload").get("is_reusable").getAsBoolean()).isFalse();
        assertThat(sent.upload().fileName()).isEqualTo("gop-y-7.xlsx");
        assertThat(sent.upload().contentType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(sent.upload().content()).isEqualTo(xlsx.content());
        JsonObject answer = JsonParser.parseString(sent.response()).getAsJsonObject();
        assertThat(answer.has("attachment_id")).isTrue();
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(answer.get("message_id").getAsString()));
    }

    @Test
    void aPngPhotoIsUploadedAsAnImageAndCarriesItsMessagesTagOrReplyType() {
        Attachment qr = Attachment.generated(Attachment.Kind.PHOTO, "điểm danh \"họp\".png", "image/png", PNG);

        sender.send(entry("meeting:1:qr:1", file(qr), Priority.INTERACTIVE));
        sender.send(entry("meeting:1:remind", file(qr).tagged(MessageTag.CONFIRMED_EVENT_UPDATE), Priority.BULK));

        List<RecordedSend> sends = API.sends();
        assertThat(sends).extracting(RecordedSend::attachmentType).containsExactly("image", "image");
        assertThat(sends).extracting(RecordedSend::messagingType, RecordedSend::tag).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESPONSE", null),
                org.assertj.core.groups.Tuple.tuple("MESSAGE_TAG", "CONFIRMED_EVENT_UPDATE"));
        assertThat(sends).allSatisfy(sent -> {
            assertThat(sent.upload().content()).isEqualTo(PNG);
            assertThat(sent.upload().contentType()).isEqualTo("image/png");
            assertThat(sent.upload().fileName()).isEqualTo("điểm danh %22họp%22.png");
        });
    }

    @Test
    void aTextWithAGeneratedFileSendsTheFileThenTheText() {
        Attachment qr = Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", PNG);

        SendOutcome outcome = sender.send(entry("meeting:2:qr:1",
                OutgoingMessage.text(RichText.plain("Quét mã để điểm danh")).withAttachment(qr), Priority.INTERACTIVE));

        List<RecordedSend> sends = API.sends();
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).upload().content()).isEqualTo(PNG);
        assertThat(sends.get(0).text()).isNull();
        assertThat(sends.get(1).upload()).isNull();
        assertThat(sends.get(1).text()).isEqualTo("Quét mã để điểm danh");
        String firstId = JsonParser.parseString(sends.get(0).response()).getAsJsonObject().get("message_id")
                .getAsString();
        assertThat(outcome).isEqualTo(new SendOutcome.Delivered(firstId));
    }

    @Test
    void anUploadOutsideTheWindowIsHeldToAnUnavailablePersonUnreachableAndAServerErrorTransient() {
        Attachment qr = Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", PNG);
        API.failNextWith("error_10_outside_window.json");
        API.failNextWith("error_551_user_unavailable.json");
        API.failNext(502, "<html>Bad Gateway</html>");

        SendOutcome outside = sender.send(entry("qr:1", file(qr), Priority.BULK));
        SendOutcome unavailable = sender.send(entry("qr:2", file(qr), Priority.BULK));
        SendOutcome serverError = sender.send(entry("qr:3", file(qr), Priority.BULK));

        assertThat(outside).isInstanceOf(SendOutcome.Held.class);
        assertThat(((SendOutcome.Held) outside).reason()).contains("2018278");
        assertThat(unavailable).isInstanceOf(SendOutcome.Unreachable.class);
        assertThat(serverError).isInstanceOf(SendOutcome.Transient.class);
        assertThat(((SendOutcome.Transient) serverError).reason()).contains("502");
        assertThat(API.sends()).hasSize(3).allSatisfy(sent -> assertThat(sent.upload()).isNotNull());
    }

    @Test
    void aRetryAfterTheFileWasUploadedSendsOnlyTheTextAndKeepsTheFilesId() {
        Attachment qr = Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", PNG);
        OutboxEntry message = entry("qr:4", OutgoingMessage.text(RichText.plain("Mã điểm danh")).withAttachment(qr),
                Priority.BULK);
        API.failNext(200, "{\"recipient_id\":\"24680\",\"message_id\":\"m_file\",\"attachment_id\":\"9\"}");
        API.failNext(503, "{\"error\":{\"message\":\"Service temporarily unavailable\",\"code\":2}}");

        SendOutcome failed = sender.send(message);
        SendOutcome retried = sender.send(message);

        assertThat(failed).isInstanceOf(SendOutcome.Transient.class);
        assertThat(retried).isEqualTo(new SendOutcome.Delivered("m_file"));
        assertThat(API.sends()).extracting(s -> s.upload() != null).containsExactly(true, false, false);
    }

    @Test
    void aNetworkFailureIsTransientAndAWrongTokenFailsWithoutLeakingIt() {
        Attachment qr = Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", PNG);
        MessengerProperties closed = new MessengerProperties("EAA-unreachable", "s", "v", "http://127.0.0.1:1/v23.0",
                null);
        MessengerProperties wrong = new MessengerProperties("EAA-wrong-token", "s", "v", API.baseUrl(), null);
        MessengerConfiguration configuration = new MessengerConfiguration();

        SendOutcome network = MessengerSenderTest.sender(closed, configuration.messengerStatus(closed), clock)
                .send(entry("qr:5", file(qr), Priority.BULK));
        SendOutcome refused = MessengerSenderTest.sender(wrong, configuration.messengerStatus(wrong), clock)
                .send(entry("qr:6", file(qr), Priority.BULK));

        assertThat(network).isInstanceOf(SendOutcome.Transient.class);
        assertThat(network.toString()).doesNotContain("EAA-unreachable");
        assertThat(refused).isInstanceOf(SendOutcome.Failed.class);
        assertThat(refused.toString()).contains("190", "Invalid OAuth access token").doesNotContain("EAA-wrong-token");
    }

    @Test
    void aFileOverTheSendApisLimitIsRefusedWithoutACall() {
        Attachment huge = Attachment.generated(Attachment.Kind.DOCUMENT, "lon.xlsx", Spreadsheet.MIME_TYPE,
                new byte[FileUpload.MAX_BYTES + 1]);

        SendOutcome outcome = sender.send(entry("big:1", file(huge), Priority.BULK));

        assertThat(outcome).isInstanceOf(SendOutcome.Failed.class);
        assertThat(API.sends()).isEmpty();
    }
}
