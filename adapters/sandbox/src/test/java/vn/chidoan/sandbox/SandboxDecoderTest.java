package vn.chidoan.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.UserRef;

class SandboxDecoderTest {
    private final SandboxDecoder decoder = new SandboxDecoder();
    private final Persona lan = new Persona("p-1", "Nguyễn Thị Lan");
    private final Persona minh = new Persona("p-2", "Trần Văn Minh");

    @Test
    void aMessageInAGroupBecomesAMessageReceivedWithItsReplyAndFile() {
        SandboxView.Message repliedTo = new SandboxView.Message("m7", 7, 7, minh.id(), minh.name(), "xin chào",
                null, List.of(), null, null, false, null, null, false, Instant.EPOCH);
        SandboxView.File photo = new SandboxView.File("f-3", "PHOTO", "anh.png", "image/png", 10, null);
        String payload = SandboxDecoder.encode(SandboxEvent.message("g-1", ChatKind.GROUP, lan, "/bch_them", "m8",
                repliedTo, minh, photo));

        Inbound.MessageReceived message = (Inbound.MessageReceived) decoder.decode(payload).get(0);

        assertThat(message.chat()).isEqualTo(new ChatRef(Platform.SANDBOX, "g-1"));
        assertThat(message.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(message.from().ref()).isEqualTo(new UserRef(Platform.SANDBOX, "p-1"));
        assertThat(message.from().displayName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(message.text()).isEqualTo("/bch_them");
        assertThat(message.messageId()).isEqualTo("m8");
        assertThat(message.replyToMessageId()).isEqualTo("m7");
        assertThat(message.replyToBot()).isFalse();
        assertThat(message.repliedTo().ref().id()).isEqualTo("p-2");
        assertThat(message.attachment()).isEqualTo(Attachment.inbound(Attachment.Kind.PHOTO, "f-3", "anh.png", "image/png"));
    }

    @Test
    void aReplyToTheBotSaysSo() {
        SandboxView.Message fromBot = new SandboxView.Message("m1", 1, 1, null, null, null, "<b>Hi</b>", List.of(),
                null, null, false, null, null, false, Instant.EPOCH);
        String payload = SandboxDecoder.encode(SandboxEvent.message(lan.id(), ChatKind.PRIVATE, lan, "Lan", "m2",
                fromBot, null, null));

        Inbound.MessageReceived message = (Inbound.MessageReceived) decoder.decode(payload).get(0);

        assertThat(message.replyToBot()).isTrue();
        assertThat(message.repliedTo()).isNull();
        assertThat(message.chat().id()).isEqualTo("p-1");
    }

    @Test
    void aPressBecomesAButtonPressedWithItsCallback() {
        String payload = SandboxDecoder.encode(SandboxEvent.press("p-1", ChatKind.PRIVATE, lan, "m4", "consent:y:ABC",
                "p-1/9"));

        Inbound.ButtonPressed press = (Inbound.ButtonPressed) decoder.decode(payload).get(0);

        assertThat(press.data()).isEqualTo("consent:y:ABC");
        assertThat(press.messageId()).isEqualTo("m4");
        assertThat(press.callbackId()).isEqualTo("p-1/9");
        assertThat(SandboxSender.Callbacks.presser(press.callbackId())).isEqualTo("p-1");
    }

    @Test
    void theBotAddedToANewGroupIsAMembershipChange() {
        Inbound.BotMembershipChanged added = (Inbound.BotMembershipChanged) decoder.decode(
                SandboxDecoder.encode(SandboxEvent.botAdded("g-2", "Nhóm thôn Bắc", minh))).get(0);

        assertThat(added.status()).isEqualTo(Inbound.BotStatus.ADDED);
        assertThat(added.kind()).isEqualTo(ChatKind.GROUP);
        assertThat(added.chatTitle()).isEqualTo("Nhóm thôn Bắc");
        assertThat(added.by().ref().id()).isEqualTo("p-2");
    }

    @Test
    void profileNamesAndGroupTitlesArriveCleanOfInvisibleAndControlCharacters() {
        Persona spoofed = new Persona("p-3", "Lê\u202E Văn\u200B\nCường\u0007");
        Inbound.MessageReceived message = (Inbound.MessageReceived) decoder.decode(SandboxDecoder.encode(
                SandboxEvent.message("g-1", ChatKind.GROUP, spoofed, "/bch_them", "m9", null, null, null))).get(0);
        Inbound.BotMembershipChanged added = (Inbound.BotMembershipChanged) decoder.decode(
                SandboxDecoder.encode(SandboxEvent.botAdded("g-3", "Nhóm\u2067 thôn\r\nNam", spoofed))).get(0);

        assertThat(message.from().displayName()).isEqualTo("Lê Văn Cường");
        assertThat(added.chatTitle()).isEqualTo("Nhóm thôn Nam");
        assertThat(added.by().displayName()).isEqualTo("Lê Văn Cường");
    }

    @Test
    void anUnknownEventSaysNothing() {
        assertThat(decoder.decode("{\"type\":\"typing\",\"chat\":\"g-1\"}")).isEmpty();
    }
}
