package vn.chidoan.messenger;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.messenger4j.webhook.SignatureUtil;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.RecordingGateway;
import vn.chidoan.messenger.testing.FakeGraphApi;
import vn.chidoan.messenger.testing.MessengerWebhooks;

/**
 * Vietnamese text in and out of a JVM whose default charset is ISO-8859-1. Runs only in the surefire
 * execution {@code latin1} ({@code -Dfile.encoding=ISO-8859-1}, see the module's pom); it checks first
 * that the JVM really is such a one, and that the library's own check breaks there.
 */
@Tag("latin1")
class VietnameseUnderLatin1Test {
    private static final String SECRET = "app-secret";
    private static final String TEXT = "Đăng ký sinh hoạt chi đoàn tháng Mười — đồng chí Nguyễn Thị Hằng 🙏";
    private static final FakeGraphApi API = FakeGraphApi.start();

    @BeforeEach
    void forgetSends() {
        API.clear();
    }

    @AfterAll
    static void stopApi() {
        API.close();
    }

    @Test
    void thisJvmDefaultsToLatin1AndMessenger4jsOwnCheckFailsInIt() throws Exception {
        assertThat(Charset.defaultCharset()).isEqualTo(StandardCharsets.ISO_8859_1);
        byte[] body = MessengerWebhooks.text("psid-7", TEXT, "mid.7").getBytes(StandardCharsets.UTF_8);
        Mac sha1 = Mac.getInstance("HmacSHA1");
        sha1.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String rightSha1 = "sha1=" + java.util.HexFormat.of().formatHex(sha1.doFinal(body));

        assertThat(SignatureUtil.isSignatureValid(new String(body, StandardCharsets.UTF_8), rightSha1, SECRET))
                .as("messenger4j re-encodes the body with the default charset").isFalse();
    }

    @Test
    void aVietnamesePayloadIsVerifiedStoredAndDecodedWhole() throws Exception {
        String body = MessengerWebhooks.text("psid-7", TEXT, "mid.7");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        RecordingGateway gateway = new RecordingGateway();
        MessengerWebhookController webhook = new MessengerWebhookController(SECRET, "verify", gateway);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", MessengerWebhookController.PATH);
        request.setContent(bytes);

        assertThat(webhook.receive(MessengerWebhooks.sign(SECRET, bytes), request).getStatusCode().value())
                .isEqualTo(200);

        List<Inbound> decoded = new MessengerDecoder().decode(gateway.accepted().get(0).payload());
        assertThat(((Inbound.MessageReceived) decoded.get(0)).text()).isEqualTo(TEXT);
    }

    @Test
    void aVietnameseMessageReachesTheSendApiWhole() {
        MessengerConfiguration configuration = new MessengerConfiguration();
        MessengerProperties properties = new MessengerProperties(API.token(), SECRET, "verify", API.baseUrl(), null);
        MessengerSender sender = MessengerSenderTest.sender(properties, configuration.messengerStatus(properties),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        sender.send(new OutboxEntry("in:1", new ChatRef(Platform.MESSENGER, "psid-7"), OutboxEntry.Kind.MESSAGE,
                OutgoingMessage.text(RichText.plain(TEXT)), null, null, Priority.INTERACTIVE, 1));

        assertThat(API.sends()).singleElement().satisfies(sent -> assertThat(sent.text()).isEqualTo(TEXT));
    }

    @Test
    void aGeneratedFilesVietnameseNameReachesTheSendApiWhole() {
        MessengerProperties properties = new MessengerProperties(API.token(), SECRET, "verify", API.baseUrl(), null);
        MessengerSender sender = MessengerSenderTest.sender(properties,
                new MessengerConfiguration().messengerStatus(properties), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

        sender.send(new OutboxEntry("in:2", new ChatRef(Platform.MESSENGER, "psid-7"), OutboxEntry.Kind.MESSAGE,
                OutgoingMessage.text(RichText.plain(TEXT)).withAttachment(Attachment.generated(Attachment.Kind.DOCUMENT,
                        "Điểm danh Đoàn.xlsx", null, new byte[] {1, 2, 3})), null, null, Priority.INTERACTIVE, 1));

        assertThat(API.sends().get(0).upload().fileName()).isEqualTo("Điểm danh Đoàn.xlsx");
        assertThat(API.sends().get(0).upload().contentType()).isEqualTo(FileUpload.DEFAULT_TYPE);
        assertThat(API.sends().get(1).text()).isEqualTo(TEXT);
    }
}
