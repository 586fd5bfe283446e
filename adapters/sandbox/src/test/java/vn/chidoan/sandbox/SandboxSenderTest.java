package vn.chidoan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.core.testing.Database;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class SandboxSenderTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

    @Parameter
    Database db;

    private SandboxFixture sandbox;
    private Persona lan;

    @BeforeEach
    void setUp() {
        sandbox = new SandboxFixture(db.freshTemplate());
        lan = sandbox.persona("p-1", "Nguyễn Thị Lan");
    }

    @Test
    void aMessageIsShownInItsChatWithItsMarkupAndButtons() {
        OutgoingMessage message = OutgoingMessage.text(new RichText("<b>Chào</b> bạn"))
                .withButtons(List.of(List.of(Button.action("Đồng ý", "consent:y:X"), Button.link("Mở", "/sandbox/#start=X"))));

        String id = delivered(sandbox.sender.send(entry("in:e1:1", message)));

        SandboxView.Message shown = only(sandbox.sandbox.messages(lan.id(), lan.id(), 0));
        assertThat(shown.id()).isEqualTo(id);
        assertThat(shown.from()).isNull();
        assertThat(shown.markup()).isEqualTo("<b>Chào</b> bạn");
        assertThat(shown.buttons()).containsExactly(List.of(new SandboxView.Button("Đồng ý", "consent:y:X", null),
                new SandboxView.Button("Mở", null, "/sandbox/#start=X")));
    }

    @Test
    void sendingTheSameEntryAgainShowsItOnce() {
        OutgoingMessage message = OutgoingMessage.text(RichText.plain("một lần"));
        String first = delivered(sandbox.sender.send(entry("in:e1:1", message)));
        String second = delivered(sandbox.sender.send(entry("in:e1:1", message)));

        assertThat(second).isEqualTo(first);
        assertThat(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).hasSize(1);
    }

    @Test
    void anEditReplacesTheShownMessageUnderItsIdAndIsSeenAgainAfterTheLastRevision() {
        String id = delivered(sandbox.sender.send(entry("in:e1:1", OutgoingMessage.text(RichText.plain("cũ")))));
        long seen = only(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).rev();

        String edited = delivered(sandbox.sender.send(entry("in:e2:1",
                OutgoingMessage.text(RichText.plain("mới")).editing(id))));

        assertThat(edited).isEqualTo(id);
        SandboxView.Message changed = only(sandbox.sandbox.messages(lan.id(), lan.id(), seen));
        assertThat(changed.id()).isEqualTo(id);
        assertThat(changed.markup()).isEqualTo("mới");
        assertThat(changed.edited()).isTrue();
        assertThat(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).hasSize(1);
    }

    @Test
    void anEditKeepsTheMessagesPlaceBeforeWhatWasSaidAfterIt() {
        String id = delivered(sandbox.sender.send(entry("in:e1:1", OutgoingMessage.text(RichText.plain("cũ")))));
        SandboxView.Message later = sandbox.sandbox.say(lan.id(), lan.id(), "tin sau", null, null);

        delivered(sandbox.sender.send(entry("in:e2:1", OutgoingMessage.text(RichText.plain("mới")).editing(id))));

        SandboxView.Message edited = sandbox.sandbox.messages(lan.id(), lan.id(), 0).stream()
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        assertThat(edited.rev()).as("seen again after the later message").isGreaterThan(later.rev());
        assertThat(edited.order()).as("but shown where it was first said").isLessThan(later.order());
    }

    @Test
    void anEditOfAMessageThatIsNotThereIsSentAnew() {
        String id = delivered(sandbox.sender.send(entry("in:e1:1",
                OutgoingMessage.text(RichText.plain("mới")).editing("m999"))));

        assertThat(id).isNotEqualTo("m999");
        assertThat(only(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).markup()).isEqualTo("mới");
    }

    @Test
    void aGeneratedPhotoIsStoredAndDownloadableByThePersona() {
        OutgoingMessage qr = OutgoingMessage.text(RichText.plain("Mã QR điểm danh"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "qr.png", "image/png", PNG));

        delivered(sandbox.sender.send(entry("in:e1:1", qr)));

        SandboxView.File file = only(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).file();
        assertThat(file.kind()).isEqualTo("PHOTO");
        assertThat(file.name()).isEqualTo("qr.png");
        assertThat(file.size()).isEqualTo(PNG.length);
        assertThat(file.link()).as("not a readable image, so no code in it").isNull();
        assertThat(sandbox.sandbox.file(lan.id(), file.id()).data()).isEqualTo(PNG);
    }

    @Test
    void aPhotoOfAQrCodeWithAStartLinkCarriesThatLinkForThePageAndAnyOtherCodeNone() throws Exception {
        String checkIn = SandboxDeepLinks.PREFIX + "dd_Ab3-x";
        delivered(sandbox.sender.send(entry("in:e1:1", OutgoingMessage.text(RichText.plain("Quét mã"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", qr(checkIn))))));
        delivered(sandbox.sender.send(entry("in:e2:1", OutgoingMessage.text(RichText.plain("Mã khác"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "khac.png", "image/png",
                        qr("https://example.org/#start=dd_x"))))));
        delivered(sandbox.sender.send(entry("in:e3:1", OutgoingMessage.text(RichText.plain("Tệp"))
                .withAttachment(Attachment.generated(Attachment.Kind.DOCUMENT, "ma.png", "image/png", qr(checkIn))))));

        List<SandboxView.Message> shown = sandbox.sandbox.messages(lan.id(), lan.id(), 0);
        assertThat(shown).extracting(m -> m.file().link()).containsExactly(checkIn, null, null);
        String stored = shown.get(0).file().id();
        assertThat(sandbox.sandbox.file(lan.id(), stored).file().link()).isEqualTo(checkIn);
    }

    @Test
    void anEditWithAPhotoReplacesTheImageInPlace() throws Exception {
        String checkIn = SandboxDeepLinks.PREFIX + "dd_first";
        String id = delivered(sandbox.sender.send(entry("meeting:h1:qr:1", OutgoingMessage.text(RichText.plain("Mã 1"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", qr(checkIn))))));

        String next = SandboxDeepLinks.PREFIX + "dd_second";
        String edited = delivered(sandbox.sender.send(entry("meeting:h1:qr:2", OutgoingMessage.text(RichText.plain("Mã 2"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "diemdanh.png", "image/png", qr(next)))
                .editing(id))));

        assertThat(edited).isEqualTo(id);
        SandboxView.Message shown = only(sandbox.sandbox.messages(lan.id(), lan.id(), 0));
        assertThat(shown.markup()).isEqualTo("Mã 2");
        assertThat(shown.file().link()).as("the new code, in the same message").isEqualTo(next);
        assertThat(sandbox.sandbox.file(lan.id(), shown.file().id()).file().link()).isEqualTo(next);
    }

    @Test
    void aPhotoSentAgainAfterACrashIsNotStoredTwice() {
        OutgoingMessage qr = OutgoingMessage.text(RichText.plain("QR"))
                .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "qr.png", "image/png", PNG));

        delivered(sandbox.sender.send(entry("in:e1:1", qr)));
        delivered(sandbox.sender.send(entry("in:e1:1", qr)));

        assertThat(sandbox.mongo.getCollection(FileStore.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void aFileHandleTheSandboxNeverSawFailsInsteadOfRetrying() {
        OutgoingMessage forward = OutgoingMessage.text(RichText.plain("tệp"))
                .withAttachment(Attachment.inbound(Attachment.Kind.DOCUMENT, "f-404", "a.pdf", "application/pdf"));

        assertThat(sandbox.sender.send(entry("in:e1:1", forward))).isInstanceOf(SendOutcome.Failed.class);
        assertThat(sandbox.sandbox.messages(lan.id(), lan.id(), 0)).isEmpty();
    }

    @Test
    void aButtonAnswerWithATextIsAToastForThePresserOnly() {
        Persona minh = sandbox.persona("p-2", "Trần Văn Minh");
        sandbox.stores.groups().ensure("g-1", "Chi đoàn 12A1", List.of(lan.id(), minh.id()));
        OutboxEntry answer = new OutboxEntry("in:e1:ack", new ChatRef(Platform.SANDBOX, "g-1"),
                OutboxEntry.Kind.BUTTON_ANSWER, null, SandboxSender.Callbacks.of(lan.id(), 3), "Đã ghi nhận",
                Priority.INTERACTIVE, 0);

        assertThat(sandbox.sender.send(answer)).isInstanceOf(SendOutcome.Delivered.class);

        SandboxView.Message toast = only(sandbox.sandbox.messages(lan.id(), "g-1", 0));
        assertThat(toast.toast()).isEqualTo("Đã ghi nhận");
        assertThat(sandbox.sandbox.messages(minh.id(), "g-1", 0)).isEmpty();
        assertThat(lastRev(lan, "g-1")).isEqualTo(toast.rev());
        assertThat(lastRev(minh, "g-1")).as("nothing new for the others, so the group is not unread for them")
                .isZero();
    }

    private long lastRev(Persona persona, String chat) {
        return sandbox.sandbox.chats(persona.id()).stream().filter(c -> c.id().equals(chat)).findFirst()
                .orElseThrow().lastRev();
    }

    private static byte[] qr(String text) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 200, 200);
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 200; y++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private OutboxEntry entry(String key, OutgoingMessage message) {
        return new OutboxEntry(key, lan.ref().privateChat(), OutboxEntry.Kind.MESSAGE, message, null, null,
                Priority.INTERACTIVE, 0);
    }

    private static String delivered(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        return ((SendOutcome.Delivered) outcome).messageId();
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }
}
