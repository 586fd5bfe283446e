package vn.chidoan.sandbox;

import java.io.IOException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.files.FileSource;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.testing.Database;

@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class SandboxTest {
    @Parameter
    Database db;

    private SandboxFixture fixture;
    private Sandbox sandbox;
    private Persona lan;
    private Persona minh;

    @BeforeEach
    void setUp() {
        fixture = new SandboxFixture(db.freshTemplate());
        sandbox = fixture.sandbox;
        lan = fixture.persona("p-1", "Nguyễn Thị Lan");
        minh = fixture.persona("p-2", "Trần Văn Minh");
    }

    @Test
    void whatAPersonaTypesIsShownAndHandedToTheGatewayLikeAWebhookEvent() {
        SandboxView.Message said = sandbox.say(lan.id(), lan.id(), "  /trogiup ", null, null);

        assertThat(said.text()).isEqualTo("/trogiup");
        assertThat(said.fromName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(sandbox.messages(lan.id(), lan.id(), 0)).containsExactly(said);
        SandboxFixture.Accepted event = fixture.last();
        assertThat(event.platform()).isEqualTo(Platform.SANDBOX);
        assertThat(event.key()).isEqualTo("sandbox:message:" + said.id());
        assertThat(event.lane()).isEqualTo("sandbox:" + lan.id());
        Inbound.MessageReceived decoded = (Inbound.MessageReceived) event.decoded();
        assertThat(decoded.kind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(decoded.text()).isEqualTo("/trogiup");
        assertThat(decoded.messageId()).isEqualTo(said.id());
    }

    @Test
    void aFileAPersonaUploadedIsReadBackByTheFileIdItsMessageCarries() throws IOException {
        byte[] roster = {1, 2, 3, 4};
        sandbox.say(lan.id(), lan.id(), "/thanhvien_nhap", null, new Sandbox.Upload("danh-sach.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", roster));
        String fileRef = ((Inbound.MessageReceived) fixture.last().decoded()).attachment().fileRef();
        SandboxFiles files = new SandboxFiles(fixture.stores.files());

        assertThat(files.read(fileRef, 1024)).isEqualTo(roster);
        assertThatThrownBy(() -> files.read(fileRef, 3)).isInstanceOf(FileSource.TooLarge.class);
        assertThatThrownBy(() -> files.read("f-999", 1024)).isInstanceOf(IOException.class);
    }

    @Test
    void aNewGroupHasItsCreatorInItAndTheBotIsAddedToIt() {
        SandboxView.Chat group = sandbox.createGroup(minh.id(), "  Nhóm   thôn Bắc ");

        assertThat(group.title()).isEqualTo("Nhóm thôn Bắc");
        assertThat(group.members()).containsExactly(minh.id());
        assertThat(sandbox.chats(minh.id())).extracting(SandboxView.Chat::id).containsExactly(minh.id(), group.id());
        Inbound.BotMembershipChanged added = (Inbound.BotMembershipChanged) fixture.last().decoded();
        assertThat(added.status()).isEqualTo(Inbound.BotStatus.ADDED);
        assertThat(added.chat().id()).isEqualTo(group.id());
    }

    @Test
    void aPersonaSeesOnlyTheirPrivateChatAndTheGroupsTheyAreIn() {
        SandboxView.Chat group = sandbox.createGroup(minh.id(), "Nhóm thôn Bắc");
        sandbox.say(minh.id(), group.id(), "chào cả nhóm", null, null);

        assertThatThrownBy(() -> sandbox.messages(lan.id(), group.id(), 0)).isInstanceOf(SandboxRefusal.class)
                .extracting(e -> ((SandboxRefusal) e).code()).isEqualTo("unknown_chat");
        assertThatThrownBy(() -> sandbox.messages(lan.id(), minh.id(), 0)).isInstanceOf(SandboxRefusal.class);
        assertThatThrownBy(() -> sandbox.say(lan.id(), group.id(), "xin vào", null, null))
                .isInstanceOf(SandboxRefusal.class);

        sandbox.invite(minh.id(), group.id(), lan.id());

        assertThat(sandbox.messages(lan.id(), group.id(), 0)).extracting(SandboxView.Message::text)
                .containsExactly("chào cả nhóm");
    }

    @Test
    void aReplyCarriesWhoWroteTheMessageRepliedTo() {
        SandboxView.Chat group = sandbox.createGroup(minh.id(), "Nhóm thôn Bắc");
        sandbox.invite(minh.id(), group.id(), lan.id());
        SandboxView.Message hello = sandbox.say(lan.id(), group.id(), "em là Lan", null, null);

        sandbox.say(minh.id(), group.id(), "/bch_them", hello.id(), null);

        Inbound.MessageReceived reply = (Inbound.MessageReceived) fixture.last().decoded();
        assertThat(reply.replyToMessageId()).isEqualTo(hello.id());
        assertThat(reply.repliedTo().ref()).isEqualTo(lan.ref());
        assertThat(reply.replyToBot()).isFalse();
    }

    @Test
    void inAGroupTheBotIsHandedOnlyWhatTelegramGivesABotInPrivacyMode() {
        SandboxView.Chat group = sandbox.createGroup(minh.id(), "Nhóm thôn Bắc");
        sandbox.invite(minh.id(), group.id(), lan.id());
        fixture.sender.send(new OutboxEntry("in:e1:1", new ChatRef(Platform.SANDBOX, group.id()),
                OutboxEntry.Kind.MESSAGE, OutgoingMessage.text(RichText.plain("Hãy trả lời tin này: nội dung?")), null,
                null, Priority.INTERACTIVE, 0));
        String question = sandbox.messages(minh.id(), group.id(), 0).get(0).id();
        int before = fixture.accepted.size();

        SandboxView.Message chatter = sandbox.say(lan.id(), group.id(), "Tối nay ai đi đá bóng?", null, null);
        SandboxView.Message replyToChatter = sandbox.say(minh.id(), group.id(), "Mình đi", chatter.id(), null);
        assertThat(fixture.accepted).as("ordinary talk in the group").hasSize(before);
        assertThat(chatter.notForBot()).isTrue();
        assertThat(replyToChatter.notForBot()).isTrue();
        assertThat(sandbox.messages(minh.id(), group.id(), 0)).as("the people in the group still see it")
                .extracting(SandboxView.Message::id).contains(chatter.id(), replyToChatter.id());

        SandboxView.Message command = sandbox.say(lan.id(), group.id(), "/toi", null, null);
        SandboxView.Message answer = sandbox.say(minh.id(), group.id(), "Nội dung kế hoạch", question, null);
        SandboxView.Message caption = sandbox.say(minh.id(), group.id(), "/gopy Dự thảo", null,
                new Sandbox.Upload("du-thao.pdf", "application/pdf", new byte[] {1}));
        assertThat(fixture.accepted.subList(before, fixture.accepted.size())).extracting(SandboxFixture.Accepted::key)
                .containsExactly("sandbox:message:" + command.id(), "sandbox:message:" + answer.id(),
                        "sandbox:message:" + caption.id());
        assertThat(List.of(command, answer, caption)).noneMatch(SandboxView.Message::notForBot);

        SandboxView.Message privately = sandbox.say(lan.id(), lan.id(), "Nguyễn Thị Lan", null, null);
        assertThat(fixture.last().key()).as("a private chat reaches the bot whole")
                .isEqualTo("sandbox:message:" + privately.id());
    }

    @Test
    void withPrivacyModeSwitchedOffTheBotIsHandedEveryGroupMessageAndTheSwitchIsKept() {
        SandboxView.Chat group = sandbox.createGroup(minh.id(), "Nhóm thôn Bắc");
        assertThat(sandbox.privacyMode()).as("on, as BotFather leaves it").isTrue();

        sandbox.privacyMode(false);
        SandboxView.Message chatter = sandbox.say(minh.id(), group.id(), "Tối nay ai đi đá bóng?", null, null);

        assertThat(fixture.last().key()).isEqualTo("sandbox:message:" + chatter.id());
        assertThat(chatter.notForBot()).isFalse();
        assertThat(new SandboxFixture(fixture.mongo).sandbox.privacyMode()).as("after a restart").isFalse();
    }

    @Test
    void pressingAButtonTheBotShowedIsHandedOnWithACallbackOfThePresser() {
        fixture.sender.send(new OutboxEntry("in:e1:1", lan.ref().privateChat(), OutboxEntry.Kind.MESSAGE,
                OutgoingMessage.text(RichText.plain("Đồng ý?")).withButtons(List.of(List.of(
                        Button.action("Đồng ý", "consent:y:ABC")))), null, null, Priority.INTERACTIVE, 0));
        String shown = sandbox.messages(lan.id(), lan.id(), 0).get(0).id();

        sandbox.press(lan.id(), lan.id(), shown, "consent:y:ABC");

        Inbound.ButtonPressed press = (Inbound.ButtonPressed) fixture.last().decoded();
        assertThat(press.data()).isEqualTo("consent:y:ABC");
        assertThat(press.messageId()).isEqualTo(shown);
        assertThat(SandboxSender.Callbacks.presser(press.callbackId())).isEqualTo(lan.id());
        assertThatThrownBy(() -> sandbox.press(lan.id(), lan.id(), shown, "consent:y:FORGED"))
                .isInstanceOf(SandboxRefusal.class);
    }

    @Test
    void badInputIsRefusedWithACodeAndNothingIsRecorded() {
        assertThat(code(() -> sandbox.say(lan.id(), lan.id(), "   ", null, null))).isEqualTo("empty");
        assertThat(code(() -> sandbox.say(lan.id(), lan.id(), "x".repeat(Sandbox.MAX_TEXT + 1), null, null)))
                .isEqualTo("too_long");
        assertThat(code(() -> sandbox.say(lan.id(), lan.id(), "ảnh", null,
                new Sandbox.Upload("a.png", "image/png", new byte[Sandbox.MAX_FILE_BYTES + 1])))).isEqualTo("too_big");
        assertThat(code(() -> sandbox.addPersona("A"))).isEqualTo("bad_name");
        assertThat(code(() -> sandbox.createGroup(lan.id(), " "))).isEqualTo("bad_title");
        assertThat(code(() -> sandbox.chats("p-404"))).isEqualTo("unknown_persona");
        assertThat(sandbox.messages(lan.id(), lan.id(), 0)).isEmpty();
        assertThat(fixture.accepted).isEmpty();
    }

    @Test
    void anUploadedPhotoGoesToTheBotAsAFileHandle() {
        byte[] png = {1, 2, 3};
        SandboxView.Message said = sandbox.say(lan.id(), lan.id(), "", null,
                new Sandbox.Upload("C:\\ảnh\\minh-chung.png", "image/png", png));

        assertThat(said.file().kind()).isEqualTo("PHOTO");
        assertThat(said.file().name()).isEqualTo("minh-chung.png");
        Inbound.MessageReceived decoded = (Inbound.MessageReceived) fixture.last().decoded();
        assertThat(decoded.attachment().fileRef()).isEqualTo(said.file().id());
        assertThat(sandbox.file(lan.id(), said.file().id()).data()).isEqualTo(png);
        assertThat(code(() -> sandbox.file(minh.id(), said.file().id()))).isEqualTo("unknown_chat");
    }

    @Test
    void personasAreListedWithWhatTheyAreInTheOrganisation() {
        SandboxView.Person added = sandbox.addPersona("Lê Văn Cường");

        assertThat(sandbox.personas()).extracting(SandboxView.Person::name)
                .containsExactly("Nguyễn Thị Lan", "Trần Văn Minh", "Lê Văn Cường");
        assertThat(added.id()).startsWith("p-");
        assertThat(added.roles()).isEmpty();
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (SandboxRefusal refusal) {
            return refusal.code();
        }
        throw new AssertionError("expected a refusal");
    }
}
