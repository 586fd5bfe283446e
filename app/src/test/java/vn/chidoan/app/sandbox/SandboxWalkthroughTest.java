package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxView;

/**
 * README's walkthrough, steps 5 (a plan for comment) and 6 (a meeting), followed literally with the
 * demo dataset through the sandbox's own API (the one the page calls): what each persona sees in the
 * group and in their private chat, the files they get, the QR code they scan. One app start.
 */
@SpringBootTest(properties = {"chidoan.sandbox.demo=true", "chidoan.reminders.quiet-hours=tat",
        "chidoan.meetings.counts-batch=200ms", "chidoan.meetings.tick-interval=100ms"})
@DirtiesContext
class SandboxWalkthroughTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String GROUP = "g-d3"; // Chi đoàn 12A1, the demo's third branch
    private static final String SECRETARY = "d-3-01";
    private static final List<String> MEMBERS = List.of("d-3-04", "d-3-05", "d-3-06", "d-3-07");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
    }

    @Autowired
    Sandbox sandbox;

    @Autowired
    Clock clock;

    @Test
    void step5APlanForCommentRepliesTheButtonsMyCommentsAndTheResultsWithTheirFile() throws Exception {
        assertThat(roles(SECRETARY)).as("labelled Bí thư · Chi đoàn 12A1")
                .containsExactly(new SandboxView.Role("SECRETARY", "Chi đoàn 12A1"));
        assertThat(roles(MEMBERS.get(0))).as("labelled Đoàn viên · Chi đoàn 12A1")
                .containsExactly(new SandboxView.Role("MEMBER", "Chi đoàn 12A1"));
        sandbox.say(SECRETARY, GROUP, "/gopy Kế hoạch tháng 12 hạn 20/12 17h\nTuần 1: ra quân tình nguyện.\n"
                + "Tuần 2: hiến máu.", null, null);
        SandboxView.Message post = awaitBot(SECRETARY, GROUP, "Xin ý kiến góp ý: Kế hoạch tháng 12");
        assertThat(plain(post)).contains("Hạn góp ý: 17:00 20/12/", "Tuần 2: hiến máu.");
        assertThat(labels(post)).containsExactly(List.of("Góp ý", "Không có ý kiến"), List.of("Xem góp ý của tôi"));
        awaitBot(SECRETARY, GROUP, "Đã đăng bài góp ý #");

        String replier = MEMBERS.get(0);
        assertThat(awaitBot(replier, GROUP, "Xin ý kiến góp ý: Kế hoạch tháng 12").id()).isEqualTo(post.id());
        sandbox.say(replier, GROUP, "Đề nghị thêm buổi dọn vệ sinh trường.", post.id(), null);
        awaitBot(replier, GROUP, "Đã ghi nhận ý kiến 1.1");

        String writer = MEMBERS.get(1);
        assertThat(pressForToast(writer, GROUP, post, "Góp ý")).isEqualTo("Mời bạn xem tin nhắn riêng với bot.");
        awaitBot(writer, writer, "Mời bạn góp ý cho «Kế hoạch tháng 12»");
        sandbox.say(writer, writer, "Tuần 3 nên có giao lưu thể thao.", null, null);
        awaitBot(writer, writer, "Đã ghi nhận ý kiến 1.2");

        press(replier, GROUP, post, "Xem góp ý của tôi");
        SandboxView.Message mine = awaitBot(replier, replier, "Góp ý của bạn cho «Kế hoạch tháng 12»");
        assertThat(mine.markup()).contains("Đề nghị thêm buổi dọn vệ sinh trường.");
        assertThat(labels(mine)).containsExactly(List.of("Sửa 1.1", "Rút 1.1"));
        press(replier, replier, mine, "Sửa 1.1");
        awaitBot(replier, replier, "Gửi nội dung mới cho ý kiến 1.1");
        sandbox.say(replier, replier, "Đề nghị thêm buổi dọn vệ sinh sân trường.", null, null);
        awaitBot(replier, replier, "Đã sửa ý kiến 1.1");
        assertThat(pressForToast(MEMBERS.get(2), GROUP, post, "Không có ý kiến")).isEqualTo("Đã ghi nhận: không có ý kiến.");

        sandbox.say(SECRETARY, GROUP, "/gopy_ketqua", null, null);
        awaitBot(SECRETARY, GROUP, "Đã gửi kết quả góp ý bài #1 vào tin nhắn riêng của bạn.");
        SandboxView.Message summary = awaitBot(SECRETARY, SECRETARY, "Kết quả góp ý bài #1: Kế hoạch tháng 12");
        assertThat(plain(summary)).contains("Đã góp ý: 2 · Không có ý kiến: 1 · Chưa trả lời: 7 (trên 10 đoàn viên)",
                "Đề nghị thêm buổi dọn vệ sinh sân trường.", "(đã sửa)", "Tuần 3 nên có giao lưu thể thao.");
        SandboxView.Message excel = awaitBot(SECRETARY, SECRETARY, "Tệp Excel góp ý bài #1");
        try (XSSFWorkbook workbook = workbook(SECRETARY, excel)) {
            assertThat(cells(workbook.getSheet("Góp ý")))
                    .contains("Đề nghị thêm buổi dọn vệ sinh sân trường.", "Tuần 3 nên có giao lưu thể thao.", name(writer));
        }
    }

    @Test
    void step6AMeetingItsAnswersCheckInByButtonAndQrTheReportAndTheMonthlyFile() throws Exception {
        sandbox.say(SECRETARY, GROUP, "/hop mai 19h30 Sinh hoạt chi đoàn tại Phòng 12A1", null, null);
        SandboxView.Message invitation = awaitBot(MEMBERS.get(0), GROUP, "Mời họp chi đoàn");
        assertThat(plain(invitation)).contains("Sinh hoạt chi đoàn", "19:30", "📍 Phòng 12A1",
                "✅ Tham gia: 0 · 🙏 Vắng có lý do: 0");
        assertThat(labels(invitation)).containsExactly(List.of("Tham gia", "Vắng (có lý do)"));
        assertThat(pressForToast(MEMBERS.get(0), GROUP, invitation, "Tham gia")).isEqualTo("Đã ghi nhận: bạn tham gia. Hẹn gặp!");
        press(MEMBERS.get(1), GROUP, invitation, "Tham gia");
        String away = MEMBERS.get(2);
        assertThat(pressForToast(away, GROUP, invitation, "Vắng (có lý do)"))
                .isEqualTo("Đã ghi nhận vắng. Mình đã nhắn riêng để hỏi lý do.");
        awaitBot(away, away, "Bạn báo vắng buổi họp:");
        sandbox.say(away, away, "Em có lịch thi học sinh giỏi.", null, null);
        awaitBot(away, away, "Đã ghi lý do vắng");
        assertThat(awaitEdit(SECRETARY, GROUP, invitation, "Tham gia: 2 · 🙏 Vắng có lý do: 1").edited()).isTrue();

        sandbox.say(SECRETARY, GROUP, "/hop " + soon(clock) + " Sinh hoạt chi đoàn tại Phòng 12A1", null, null);
        SandboxView.Message today = awaitBot(SECRETARY, GROUP, "Mời họp chi đoàn", m -> !m.id().equals(invitation.id()));
        press(MEMBERS.get(3), GROUP, today, "Vắng (có lý do)");
        awaitBot(MEMBERS.get(3), MEMBERS.get(3), "Bạn báo vắng buổi họp:");

        sandbox.say(SECRETARY, GROUP, "/diemdanh", null, null);
        SandboxView.Message checkIn = awaitBot(MEMBERS.get(0), GROUP, "📋 Điểm danh"); // not /hop's "Điểm danh bằng …"
        assertThat(labels(checkIn)).first().isEqualTo(List.of("Có mặt"));
        assertThat(pressForToast(MEMBERS.get(0), GROUP, checkIn, "Có mặt")).isEqualTo("✅ Đã điểm danh: có mặt.");

        sandbox.say(SECRETARY, GROUP, "/diemdanh_qr", null, null);
        SandboxView.Message qr = awaitBot(MEMBERS.get(1), GROUP, "Quét mã để điểm danh");
        assertThat(qr.file()).isNotNull();
        assertThat(qr.file().kind()).isEqualTo("PHOTO");
        assertThat(qr.file().mime()).isEqualTo("image/png");
        String scanned = decodeQr(sandbox.file(MEMBERS.get(1), qr.file().id()).data());
        assertThat(scanned).startsWith("/sandbox/#start=dd_");
        assertThat(qr.file().link()).as("the page opens the code's link on a click, as a phone's camera would")
                .isEqualTo(scanned);
        String scanner = MEMBERS.get(1);
        sandbox.say(scanner, scanner, "/start " + scanned.substring(scanned.indexOf('=') + 1), null, null);
        awaitBot(scanner, scanner, "Đã điểm danh: bạn có mặt ở buổi");

        sandbox.say(SECRETARY, GROUP, "/diemdanh_dong", null, null);
        SandboxView.Message report = awaitBot(SECRETARY, GROUP, "Kết quả điểm danh");
        assertThat(plain(report)).contains("✅ Có mặt: 2 — ", name(MEMBERS.get(0)), name(scanner),
                "🙏 Vắng có lý do: 1 — " + name(MEMBERS.get(3)), "❌ Vắng: 7", "Tham gia 2/10 (20%)");

        sandbox.say(SECRETARY, GROUP, "/baocao", null, null);
        SandboxView.Message rates = awaitBot(SECRETARY, GROUP, "Tỉ lệ tham gia sinh hoạt");
        assertThat(plain(rates)).contains("Chi đoàn 12A1 — ", ": 1 buổi, 2/10 lượt (20%)");
        awaitBot(SECRETARY, GROUP, "File Excel đã gửi vào chat riêng của bạn.");
        SandboxView.Message file = awaitBot(SECRETARY, SECRETARY, "📎", m -> m.file() != null
                && m.file().name().endsWith(".xlsx"));
        try (XSSFWorkbook workbook = workbook(SECRETARY, file)) {
            assertThat(cells(workbook.getSheet("Theo tháng"))).contains("Chi đoàn 12A1");
            assertThat(cells(workbook.getSheet("Theo buổi"))).contains("Sinh hoạt chi đoàn", "10.0", "2.0", "20.0");
        }
    }

    /** "hôm nay" and a time ten minutes ahead, in the app's zone (tomorrow's date just before midnight). */
    static String soon(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = now.plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        String day = at.toLocalDate().equals(now.toLocalDate()) ? "hôm nay" : "mai";
        return day + " " + at.format(DateTimeFormatter.ofPattern("HH'h'mm"));
    }

    private List<SandboxView.Role> roles(String persona) {
        return person(persona).roles();
    }

    private String name(String persona) {
        return person(persona).name();
    }

    private SandboxView.Person person(String persona) {
        return sandbox.personas().stream().filter(p -> p.id().equals(persona)).findFirst().orElseThrow();
    }

    /** The chat as the persona sees it now: each message in its latest revision, toasts left out. */
    private List<SandboxView.Message> latest(String persona, String chat) {
        Map<String, SandboxView.Message> byId = new LinkedHashMap<>();
        sandbox.messages(persona, chat, 0).stream().filter(m -> m.toastFor() == null)
                .forEach(m -> byId.put(m.id(), m));
        return new ArrayList<>(byId.values());
    }

    private SandboxView.Message awaitBot(String persona, String chat, String text) {
        return awaitBot(persona, chat, text, m -> true);
    }

    private SandboxView.Message awaitBot(String persona, String chat, String text, Predicate<SandboxView.Message> also) {
        return await().atMost(PATIENCE).until(() -> latest(persona, chat).stream()
                .filter(m -> m.from() == null && plain(m).contains(text) && also.test(m))
                .reduce((first, second) -> second).orElse(null), Objects::nonNull);
    }

    private SandboxView.Message awaitEdit(String persona, String chat, SandboxView.Message original, String text) {
        return awaitBot(persona, chat, text, m -> m.id().equals(original.id()));
    }

    /** Presses and returns the toast the presser then sees. */
    private String pressForToast(String persona, String chat, SandboxView.Message message, String label) {
        long before = toasts(persona, chat).size();
        press(persona, chat, message, label);
        List<String> after = await().atMost(PATIENCE).until(() -> toasts(persona, chat), t -> t.size() > before);
        return after.get(after.size() - 1);
    }

    private List<String> toasts(String persona, String chat) {
        return sandbox.messages(persona, chat, 0).stream().filter(m -> persona.equals(m.toastFor()))
                .map(SandboxView.Message::toast).toList();
    }

    private void press(String persona, String chat, SandboxView.Message message, String label) {
        SandboxView.Button button = message.buttons().stream().flatMap(List::stream)
                .filter(b -> b.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                        "no button " + label + " in " + labels(message)));
        sandbox.press(persona, chat, message.id(), button.data());
    }

    private static List<List<String>> labels(SandboxView.Message message) {
        return message.buttons().stream().map(row -> row.stream().map(SandboxView.Button::label).toList()).toList();
    }

    /** The bot's markup as the page shows it: tags dropped, entities decoded. */
    private static String plain(SandboxView.Message message) {
        return message.markup().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private XSSFWorkbook workbook(String persona, SandboxView.Message message) throws Exception {
        assertThat(message.file()).as("a file with %s", message.markup()).isNotNull();
        assertThat(message.file().name()).endsWith(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(sandbox.file(persona, message.file().id()).data()));
    }

    private static List<String> cells(Sheet sheet) {
        assertThat(sheet).isNotNull();
        return StreamSupport.stream(sheet.spliterator(), false)
                .flatMap((Row row) -> StreamSupport.stream(row.spliterator(), false)).map(Cell::toString).toList();
    }

    private static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, true))
                .getText();
    }
}
