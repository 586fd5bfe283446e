package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.imageio.ImageIO;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.OutboxEntry;
import vn.chidoan.core.kernel.outbox.PlatformSender;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.outbox.SendOutcome;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxView;

/**
 * The page teaches what a chat app and Telegram do, in headless Chromium on the demo province (which the
 * app starts without, and the first test creates with the page's button): in a group
 * the bot gets only what privacy mode lets through (and the page says so), the picker follows role
 * changes, an edit stays where it was, read chats stay read after a reload, a chat ending in a photo is
 * shown at its end, and the bot's emoji are drawn in colour from the page's own font.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class SandboxChatBehaviourTest {
    private static final String SECRETARY_4 = "d-4-01"; // Chi đoàn 11A2
    private static final String MEMBER_4 = "d-4-06";
    private static final String GROUP_4 = "g-d4";
    private static final String SECRETARY_5 = "d-5-01"; // Chi đoàn khu phố 1
    private static final String MEMBER_5 = "d-5-07";
    private static final String GROUP_5 = "g-d5";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    SandboxRuntime runtime;

    @Autowired
    Sandbox sandbox;

    @Autowired
    Clock clock;

    @Test
    void inAGroupTheBotGetsWhatTelegramGivesItInPrivacyModeAndThePageSaysSo() throws Exception {
        try (SandboxPage page = openPage()) {
            demo(page);
            page.as(SECRETARY_4);
            page.openChat(GROUP_4);
            page.say("/gopy Kế hoạch tháng 12 hạn " + DATE.format(LocalDate.now(clock).plusDays(10)));
            page.awaitBot("Gửi nội dung cần góp ý");
            String question = lastBotMessage(SECRETARY_4, GROUP_4).id();

            sandbox.say(MEMBER_4, GROUP_4, "Tối nay ai đi đá bóng không?", null, null);
            assertThat(page.awaitMessage("đá bóng")).as("shown, and marked as not handed to the bot")
                    .contains("bot không nhận");
            sandbox.say(SECRETARY_4, GROUP_4, "Tổ chức ngày hội đọc sách vào Chủ nhật.", question, null);
            String post = page.awaitBot("Xin ý kiến góp ý: Kế hoạch tháng 12");
            assertThat(post).as("the reply to the bot is the content; the chatter is not")
                    .contains("ngày hội đọc sách").doesNotContain("đá bóng");
            page.screenshot("privacy-mode-group");

            page.privacyMode(false);
            assertThat(sandbox.privacyMode()).isFalse();
            sandbox.say(MEMBER_4, GROUP_4, "Chiều mai lớp mình chụp ảnh kỷ yếu.", null, null);
            assertThat(page.awaitMessage("kỷ yếu")).as("privacy mode off: the bot gets it").doesNotContain("bot không nhận");
            page.privacyMode(true);
            assertThat(sandbox.privacyMode()).isTrue();
        }
    }

    @Test
    void thePickerFollowsRoleChangesEditsKeepTheirPlaceReadChatsStayReadAndPhotosEndTheChat() throws Exception {
        try (SandboxPage page = openPage()) {
            demo(page);
            PlatformSender bot = runtime.component(PlatformSender.class);
            ChatRef privateChat = new ChatRef(Platform.SANDBOX, MEMBER_5);
            String first = delivered(bot.send(message("test:first", privateChat, "Tin đầu tiên")));
            for (int i = 1; i <= 12; i++) {
                send(bot, privateChat, "test:filler:" + i, "Tin số " + i);
            }
            send(bot, privateChat, "test:emoji", "⏰ Còn 1 giờ nữa · 📍 Phòng 12A1 · ✅ Đã ghi nhận");
            page.as(MEMBER_5);
            page.awaitRoles("Đoàn viên · Chi đoàn khu phố 1");
            page.openChat(GROUP_5);

            SandboxView.Message asks = sandbox.say(MEMBER_5, GROUP_5, "Em xin vào Ban chấp hành ạ.", null, null);
            sandbox.say(SECRETARY_5, GROUP_5, "/bch_them", asks.id(), null);
            page.awaitRoles("Ban chấp hành · Chi đoàn khu phố 1");
            page.awaitPersonaLabel(MEMBER_5, "Ban chấp hành · Chi đoàn khu phố 1");
            page.awaitBot("vào Ban chấp hành chi đoàn");

            page.openChat(MEMBER_5);
            assertThat(page.emojiFontLoaded("⏰📍✅")).as("the page's own colour emoji").isTrue();
            page.screenshot("emoji-in-private-chat");
            bot.send(new OutboxEntry("test:edit", privateChat, OutboxEntry.Kind.MESSAGE,
                    OutgoingMessage.text(RichText.plain("Tin đầu tiên, đã sửa")).editing(first), null, null,
                    Priority.INTERACTIVE, 0));
            bot.send(new OutboxEntry("test:photo", privateChat, OutboxEntry.Kind.MESSAGE,
                    OutgoingMessage.text(RichText.plain("Ảnh hoạt động"))
                            .withAttachment(Attachment.generated(Attachment.Kind.PHOTO, "hoat-dong.png", "image/png",
                                    png(480, 360))), null, null, Priority.INTERACTIVE, 0));
            page.awaitBot("Ảnh hoạt động");
            page.awaitPhotos();

            page.reload();
            page.awaitPhotos();
            page.screenshot("after-reload");
            List<String> shown = page.messages();
            SoftAssertions.assertSoftly(after -> {
                after.assertThat(shown.get(0)).as("an edit changes the message where it is").contains("đã sửa");
                after.assertThat(shown.get(shown.size() - 1)).contains("Ảnh hoạt động");
                after.assertThat(page.atEnd()).as("a chat ending in a photo is shown at its end").isTrue();
                after.assertThat(page.unreadChats()).as("what was read before the reload")
                        .doesNotContain(GROUP_5, MEMBER_5);
            });
        }
    }

    private SandboxPage openPage() throws IOException {
        SandboxPage.requireBrowser();
        return SandboxPage.open(url("/sandbox/"), Files.createTempDirectory(dataDir, "chromium-profile"));
    }

    /** The first test to run creates the demo province as a trainee does, with the page's button. */
    private void demo(SandboxPage page) {
        if (!sandbox.demoThere()) {
            page.createDemo();
        }
        assertThat(sandbox.demoThere()).isTrue();
    }

    private SandboxView.Message lastBotMessage(String persona, String chat) {
        return sandbox.messages(persona, chat, 0).stream().filter(m -> m.from() == null && m.toastFor() == null)
                .reduce((a, b) -> b).orElseThrow();
    }

    private static OutboxEntry message(String key, ChatRef chat, String text) {
        return new OutboxEntry(key, chat, OutboxEntry.Kind.MESSAGE, OutgoingMessage.text(RichText.plain(text)), null,
                null, Priority.INTERACTIVE, 0);
    }

    private static void send(PlatformSender bot, ChatRef chat, String key, String text) {
        delivered(bot.send(message(key, chat, text)));
    }

    private static String delivered(SendOutcome outcome) {
        assertThat(outcome).isInstanceOf(SendOutcome.Delivered.class);
        return ((SendOutcome.Delivered) outcome).messageId();
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D paint = image.createGraphics();
        paint.setColor(new Color(0x1450a3));
        paint.fillRect(0, 0, width, height);
        paint.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
