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
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxView;

/**
 * README's walkthrough followed literally with the demo dataset through the sandbox's own API (the one the
 * page calls): what each persona sees in the group and in their private chat, the files they get, the QR
 * codes they scan. Each subclass is one app start.
 */
@SpringBootTest(properties = {"chidoan.sandbox.demo=true", "chidoan.reminders.quiet-hours=tat",
        "chidoan.meetings.counts-batch=200ms", "chidoan.meetings.tick-interval=100ms",
        "chidoan.forms.counts-batch=200ms", "chidoan.forms.tick-interval=100ms",
        "chidoan.notices.progress-interval=200ms"})
@DirtiesContext
abstract class SandboxWalkthrough {
    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String GROUP = "g-d3"; // Chi đoàn 12A1, the demo's third branch
    static final String SECRETARY = "d-3-01";
    static final List<String> MEMBERS = List.of("d-3-04", "d-3-05", "d-3-06", "d-3-07");
    static final String SCHOOL_OFFICER = "d-cb4"; // Cán bộ Đoàn · Đoàn trường THPT Phú Xuân

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

    List<SandboxView.Role> roles(String persona) {
        return person(persona).roles();
    }

    String name(String persona) {
        return person(persona).name();
    }

    SandboxView.Person person(String persona) {
        return sandbox.personas().stream().filter(p -> p.id().equals(persona)).findFirst().orElseThrow();
    }

    /** The chat as the persona sees it now: each message in its latest revision, toasts left out. */
    List<SandboxView.Message> latest(String persona, String chat) {
        Map<String, SandboxView.Message> byId = new LinkedHashMap<>();
        sandbox.messages(persona, chat, 0).stream().filter(m -> m.toastFor() == null)
                .forEach(m -> byId.put(m.id(), m));
        return new ArrayList<>(byId.values());
    }

    SandboxView.Message awaitBot(String persona, String chat, String text) {
        return awaitBot(persona, chat, text, m -> true);
    }

    SandboxView.Message awaitBot(String persona, String chat, String text, Predicate<SandboxView.Message> also) {
        return await().atMost(PATIENCE).until(() -> latest(persona, chat).stream()
                .filter(m -> m.from() == null && plain(m).contains(text) && also.test(m))
                .reduce((first, second) -> second).orElse(null), Objects::nonNull);
    }

    SandboxView.Message awaitEdit(String persona, String chat, SandboxView.Message original, String text) {
        return awaitBot(persona, chat, text, m -> m.id().equals(original.id()));
    }

    /** Presses and returns the toast the presser then sees. */
    String pressForToast(String persona, String chat, SandboxView.Message message, String label) {
        long before = toasts(persona, chat).size();
        press(persona, chat, message, label);
        List<String> after = await().atMost(PATIENCE).until(() -> toasts(persona, chat), t -> t.size() > before);
        return after.get(after.size() - 1);
    }

    List<String> toasts(String persona, String chat) {
        return sandbox.messages(persona, chat, 0).stream().filter(m -> persona.equals(m.toastFor()))
                .map(SandboxView.Message::toast).toList();
    }

    void press(String persona, String chat, SandboxView.Message message, String label) {
        SandboxView.Button button = message.buttons().stream().flatMap(List::stream)
                .filter(b -> b.label().equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                        "no button " + label + " in " + labels(message)));
        sandbox.press(persona, chat, message.id(), button.data());
    }

    static List<List<String>> labels(SandboxView.Message message) {
        return message.buttons().stream().map(row -> row.stream().map(SandboxView.Button::label).toList()).toList();
    }

    /** The bot's markup as the page shows it: tags dropped, entities decoded. */
    static String plain(SandboxView.Message message) {
        return message.markup().replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    XSSFWorkbook workbook(String persona, SandboxView.Message message) throws Exception {
        assertThat(message.file()).as("a file with %s", message.markup()).isNotNull();
        assertThat(message.file().name()).endsWith(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(sandbox.file(persona, message.file().id()).data()));
    }

    static List<String> cells(Sheet sheet) {
        assertThat(sheet).isNotNull();
        return StreamSupport.stream(sheet.spliterator(), false)
                .flatMap((Row row) -> StreamSupport.stream(row.spliterator(), false)).map(Cell::toString).toList();
    }

    static String decodeQr(byte[] png) throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                Map.of(DecodeHintType.PURE_BARCODE, true))
                .getText();
    }
}
