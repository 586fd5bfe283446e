package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.OccurrenceOutcome.SkipReason;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Reminders;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.sandbox.Sandbox;
import vn.chidoan.sandbox.SandboxView;

/**
 * The sandbox in the whole app, as a trainer starts it: no token, the demo province, the page in a
 * real (headless) browser. One app start and one browser for the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"chidoan.sandbox.demo=true", "chidoan.reminders.quiet-hours=tat"})
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class SandboxEndToEndTest {
    private static final Pattern CODE = Pattern.compile("\\b[A-HJ-NP-Z2-9]{8}\\b");
    private static final String OFFICER = "d-cb3"; // Đoàn cơ sở officer of the demo
    private static final String FUTURE_SECRETARY = "d-1-04"; // a member of another demo branch

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate appDatabase;

    @Autowired
    SandboxRuntime runtime;

    @Autowired
    Sandbox sandbox;

    @Autowired
    Reminders appReminders;

    @Autowired
    Clock clock;

    @Test
    void remindersMadeInTheSandboxFireFromItsOwnSchedulerOnItsOwnDatabaseAndItsLogSaysSandbox(
            CapturedOutput output) {
        Reminders sandboxReminders = runtime.component(Reminders.class);
        Instant due = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        Reminder probe = Reminder.of("sandbox-probe", "1", new UnitId("probe"), new Schedule.OneOff(due));

        sandboxReminders.save(probe);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(sandboxReminders.outcome(probe.id(), due))
                .as("the sandbox's scheduler fired it and its core decided (no feature has this kind)")
                .hasValueSatisfying(outcome -> assertThat(outcome.reason()).isEqualTo(SkipReason.UNKNOWN_KIND)));
        assertThat(appReminders.find(probe.id())).as("the app's database never sees it").isEmpty();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getAll().lines()
                .filter(line -> line.contains(String.valueOf(probe.id())) && line.contains("skipped")))
                .as("logged from the sandbox scheduler's thread").isNotEmpty()
                .allMatch(line -> line.contains("[sandbox] ")));
    }

    @Test
    void theSandboxIsOnByDefaultOnItsOwnDatabaseAndTheLogSaysWhere(CapturedOutput output) {
        assertThat(output.getAll())
                .contains("Sandbox: on at http://localhost:" + port + "/sandbox/ — answers only on this machine")
                .contains("its own database: embedded MongoDB, file " + dataDir.toAbsolutePath().resolve("sandbox.mv"))
                .contains("Chat platforms on: sandbox; off: telegram, messenger.");
        assertThat(output.getAll().lines().filter(line -> line.contains("lanes started")))
                .as("each core starts its lanes; the sandbox's line says it is the sandbox's")
                .hasSize(2).anyMatch(line -> line.contains("[sandbox] ")).anyMatch(line -> !line.contains("[sandbox]"));
        assertThat(output.getAll().lines().filter(line -> line.contains("outbox: dispatching on [SANDBOX]")))
                .singleElement().asString().contains("[sandbox] ");
        assertThat(dataDir.resolve("sandbox.mv")).exists();
        assertThat(runtime.template().getDb().getName()).isEqualTo("chidoan_sandbox");
    }

    @Test
    void thePageIsServedAtSlashSandboxSlash() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> bare = http.send(HttpRequest.newBuilder(URI.create(url("/sandbox"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bare.statusCode()).isEqualTo(302);
        assertThat(bare.headers().firstValue("Location")).hasValue("/sandbox/");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url("/sandbox/"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"vi\">", "Sân tập", "sandbox.js");
    }

    @Test
    void theDemoProvinceLivesInTheSandboxDatabaseAndNothingOfItInTheApps() {
        MongoTemplate sandboxDatabase = runtime.template();
        Query demoUnits = Query.query(Criteria.where("origin").regex("^sandbox-demo:"));
        assertThat(sandboxDatabase.count(demoUnits, "units")).as("1 + 2 + 3 + 6 demo units").isEqualTo(12);
        assertThat(sandbox.personas()).hasSizeGreaterThanOrEqualTo(1 + 6 + 60);
        assertThat(appDatabase.getCollectionNames()).noneMatch(name -> name.startsWith("sandbox_"));
        assertThat(appDatabase.getCollection("units").countDocuments()).isZero();
        assertThat(appDatabase.getCollection("persons").countDocuments()).isZero();
        SandboxView.Message said = sandbox.say("d-2-01", "g-d2", "/thanhvien", null, null);
        assertThat(sandboxDatabase.exists(Query.query(Criteria.where("_id").is("sandbox:message:" + said.id())),
                "inbound_events")).as("journalled in the sandbox's database").isTrue();
        assertThat(appDatabase.exists(Query.query(Criteria.where("platform").is("sandbox")), "inbound_events"))
                .as("nothing of the sandbox in the app's journal").isFalse();
    }

    @Test
    void aSecretaryLinksABranchIssuesACommandAndAMemberJoinsWithTheButtons() throws Exception {
        SandboxPage.requireBrowser();
        try (SandboxPage page = SandboxPage.open(url("/sandbox/"),
                Files.createTempDirectory(dataDir, "chromium-profile"))) {
            page.as(OFFICER);
            page.openChat(OFFICER);
            page.say("/chidoan_them Chi đoàn thôn Bắc");
            String code = codeIn(page.awaitBot("Chi đoàn thôn Bắc"));

            page.as(FUTURE_SECRETARY);
            String group = page.createGroup("Nhóm thôn Bắc");
            page.awaitBot("/lienket");
            page.say("/lienket " + code);
            page.awaitBot("Đã liên kết nhóm này với Chi đoàn thôn Bắc");
            page.awaitBot("Mời các bạn đoàn viên");

            String newcomer = page.createPersona("Lương Thị Thu Hà");
            page.as(FUTURE_SECRETARY);
            page.openChat(group);
            page.invite(newcomer);

            page.as(newcomer);
            page.openChat(group);
            page.press("Tham gia chi đoàn");
            page.awaitBot("Đồng ý lưu dữ liệu cá nhân");
            page.press("Đồng ý");
            page.awaitBot("Chào mừng bạn đến với Chi đoàn thôn Bắc");
            assertThat(page.chats()).as("the newcomer's chats").containsExactly(newcomer, group);
            page.openChat(group);
            page.upload(photo(), "Ảnh minh chứng");
            page.awaitPhotos();

            page.as(FUTURE_SECRETARY);
            page.openChat(group);
            page.say("/thanhvien");
            page.awaitBot("Lương Thị Thu Hà");
            page.screenshot("secretary-roster");

            assertThat(page.personaLabel(newcomer)).contains("Lương Thị Thu Hà", "Đoàn viên · Chi đoàn thôn Bắc");
            assertThat(page.messages()).as("the secretary sees the newcomer's photo in the group")
                    .anyMatch(m -> m.contains("Ảnh minh chứng"));
            page.awaitPhotos();
            page.openChat(FUTURE_SECRETARY);
            assertThat(page.messages()).as("the secretary's private chat").noneMatch(m -> m.contains("Chào mừng"));
            page.as(OFFICER);
            assertThat(page.chats()).as("the officer is not in the new group").doesNotContain(group);
            page.openChat(OFFICER);
            page.awaitMessage(code); // the chat's messages load a moment after it opens

            page.as(newcomer);
            page.openChat(newcomer);
            page.resize(360, 740);
            page.awaitMessage("Chào mừng bạn đến với Chi đoàn thôn Bắc");
            assertThat(page.screenshot("newcomer-phone")).exists();
            page.resize(1280, 900);

            page.as(FUTURE_SECRETARY);
            page.openChat(group);
            page.say("/hop " + SandboxWalkthroughTest.soon(clock) + " Họp thử điểm danh");
            page.awaitBot("Mời họp chi đoàn");
            page.say("/diemdanh_qr");
            page.awaitBot("Quét mã để điểm danh");
            page.as(newcomer);
            page.openChat(group);
            page.awaitPhotos();
            page.scanQr();
            page.awaitBot("Đã điểm danh: bạn có mặt ở buổi Họp thử điểm danh");
            page.screenshot("newcomer-scanned-qr");
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path photo() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Path file = dataDir.resolve("minh-chung.png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    private static String codeIn(String text) {
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as("a code in %s", text).isTrue();
        return code.group();
    }
}
