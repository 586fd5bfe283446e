package vn.chidoan.app.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.chidoan.app.ChidoanApplication;
import vn.chidoan.app.testing.Province;
import vn.chidoan.app.testing.TelegramUpdates;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * {@code kill -9} loses nothing acknowledged and sends nothing twice, beyond the messages the sender
 * had in flight: the app runs in a JVM of its own on the embedded database, against a fake Bot API,
 * and is killed (SIGKILL) (a) in the middle of a flood of {@code /trogiup} updates, and (b) while a
 * post and a notice to 200 branch groups are going out together; each time it is started again on the
 * same data. Then every update the webhook answered 200 has had its reply, every group has the post
 * and the notice, and twice only what was in flight at a kill: the messages the sender had handed to
 * Telegram when the process died, before their delivery was recorded (sent again, at least once, by
 * design; Telegram has no idempotency key), at most {@value #IN_FLIGHT} — the sends Telegram's pace
 * keeps in flight at once, each to a different chat.
 */
class KillNineTest {
    static final int BRANCHES = 200;
    static final long OFFICER = 77_000_001L;
    static final int FLOOD_KILL_AFTER = 200;
    static final int POSTS_KILL_AFTER = 60;
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Duration AT_MOST = Duration.ofMinutes(8);
    static final String TITLE = "Kế hoạch năm mới";
    static final long FIRST_PERSON = 5_000_000;
    static final String NOTICE = "Đề nghị các chi đoàn báo cáo sơ kết";
    static final int IN_FLIGHT = 8;

    /** Kept when the test fails: the data and each run's log ({@code first.log}, …) are the evidence. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path dataDir;

    @Test
    void nothingAcknowledgedIsLostAndNothingIsSentTwiceAcrossKills() throws Exception {
        seedProvince();
        try (FakeBotApi api = FakeBotApi.start()) {
            Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
            try (AppProcess first = AppProcess.start(dataDir, api, "first")) {
                flood(first, acknowledged);
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(FLOOD_KILL_AFTER);

            try (AppProcess second = AppProcess.start(dataDir, api, "second")) {
                awaitEach(second, api, acknowledged.stream().map(String::valueOf).toList(), this::isReply,
                        "the replies to the updates acknowledged before the first kill");
                assertThat(second.post(TelegramUpdates.privateText(1, OFFICER, "/gopy " + TITLE + " hạn " + inAMonth()
                        + "\nĐề nghị các chi đoàn góp ý."))).isEqualTo(200);
                sendNotice(second, api);
                awaitCount(api, this::isNotice, POSTS_KILL_AFTER);
                second.kill();
            }

            try (AppProcess third = AppProcess.start(dataDir, api, "third")) {
                awaitEach(third, api, groups(), this::isPost, "the post in every group");
                awaitEach(third, api, groups(), this::isNotice, "the notice in every group");
            }

            Map<String, Long> replies = count(api, this::isReply);
            Map<String, Long> posts = count(api, this::isPost);
            Map<String, Long> notices = count(api, this::isNotice);
            assertThat(replies.keySet()).containsAll(acknowledged.stream().map(String::valueOf).toList());
            assertThat(posts.keySet()).containsExactlyInAnyOrderElementsOf(groups());
            assertThat(notices.keySet()).containsExactlyInAnyOrderElementsOf(groups());
            assertThat(notices.values()).as("no group has the notice more than twice").allMatch(n -> n <= 2);
            assertThat(sentTwice(replies)).as("replies sent twice (in flight at the first kill)")
                    .hasSizeLessThanOrEqualTo(IN_FLIGHT);
            assertThat(sentTwice(posts).size() + sentTwice(notices).size())
                    .as("posts and notices sent twice (in flight at the second kill)").isLessThanOrEqualTo(IN_FLIGHT);
            System.out.printf("KILL-9 flood: %d updates acknowledged before the kill, all answered after the restart,"
                    + " %d answered twice; fan-out: %d groups, all with the post and the notice after the restart,"
                    + " %d posted twice, %d with the notice twice%n", acknowledged.size(), sentTwice(replies).size(),
                    posts.size(), sentTwice(posts).size(), sentTwice(notices).size());
        }
    }

    /** The province's 200 branches, each with its group, written through a normal start and stop. */
    private void seedProvince() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ChidoanApplication.class).run(
                "--server.port=0", "--chidoan.data-dir=" + dataDir, "--chidoan.sandbox.enabled=false",
                "--logging.level.root=WARN")) {
            new Province(BRANCHES, 4, 1, 0).seed(app, OFFICER);
        }
    }

    /**
     * Private {@code /trogiup}s, each from its own person, from four clients at once, until enough were
     * acknowledged: then SIGKILL while they keep coming. Records the people whose update got a 200.
     */
    private static void flood(AppProcess app, Set<Long> acknowledged) throws Exception {
        AtomicLong next = new AtomicLong(FIRST_PERSON);
        AtomicBoolean dead = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.execute(() -> {
                while (!dead.get()) {
                    long person = next.incrementAndGet();
                    int status = app.post(TelegramUpdates.privateText(person, person, "/trogiup"));
                    if (status == 200) {
                        acknowledged.add(person);
                    } else if (status < 0) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (acknowledged.size() < FLOOD_KILL_AFTER && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        app.kill();
        dead.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }

    /** A message to one of the flood's people (their ids follow {@value #FIRST_PERSON}). */
    private boolean isReply(RecordedRequest request) {
        if (!request.is("sendMessage") || !request.succeeded()) {
            return false;
        }
        long chat = Long.parseLong(request.chatId());
        return chat > FIRST_PERSON && chat < OFFICER;
    }

    private boolean isPost(RecordedRequest request) {
        return request.is("sendMessage") && request.succeeded() && request.chatId().startsWith("-100")
                && request.text() != null && request.text().contains(TITLE);
    }

    private boolean isNotice(RecordedRequest request) {
        return request.is("sendMessage") && request.succeeded() && request.chatId().startsWith("-100")
                && request.text() != null && request.text().contains(NOTICE);
    }

    /** The officer's {@code /thongbao} to every branch: the command, then «Gửi» under the options it shows. */
    private static void sendNotice(AppProcess app, FakeBotApi api) throws InterruptedException {
        assertThat(app.post(TelegramUpdates.privateText(2, OFFICER, "/thongbao " + NOTICE + "."))).isEqualTo(200);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        RecordedRequest options = null;
        while (options == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
            options = api.requests("sendMessage").stream().filter(r -> r.succeeded()
                    && Long.toString(OFFICER).equals(r.chatId()) && r.replyMarkup() != null
                    && r.replyMarkup().toString().contains("dlg:send")).findFirst().orElse(null);
        }
        assertThat(options).as("the notice's options").isNotNull();
        assertThat(app.post(TelegramUpdates.press(OFFICER, options.resultMessageId(), "dlg:send"))).isEqualTo(200);
    }

    private static List<String> groups() {
        return IntStream.range(0, BRANCHES).mapToObj(b -> String.valueOf(Province.group(b))).toList();
    }

    private static Map<String, Long> count(FakeBotApi api, Predicate<RecordedRequest> which) {
        return api.requests().stream().filter(which)
                .collect(Collectors.groupingBy(RecordedRequest::chatId, Collectors.counting()));
    }

    private static List<String> sentTwice(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /**
     * Waits until each of the chats got a message of the kind, for as long as the app makes progress: a
     * restarted app on a loaded machine replays its journal and catches up first, so the wait ends only
     * after {@link #PATIENCE} without one more chat served (or {@link #AT_MOST} in all). Then it fails,
     * naming the chats still missing, what the fake saw for them and the app's log tail: a late reply
     * and a lost one must not look alike.
     */
    private static void awaitEach(AppProcess app, FakeBotApi api, List<String> chats, Predicate<RecordedRequest> which,
            String what) throws InterruptedException {
        long start = System.nanoTime();
        long progressAt = start;
        int served = 0;
        while (true) {
            Set<String> have = count(api, which).keySet();
            List<String> missing = chats.stream().filter(c -> !have.contains(c)).toList();
            if (missing.isEmpty()) {
                return;
            }
            long now = System.nanoTime();
            if (chats.size() - missing.size() > served) {
                served = chats.size() - missing.size();
                progressAt = now;
            }
            if (now - progressAt > PATIENCE.toNanos() || now - start > AT_MOST.toNanos()) {
                throw new AssertionError(String.format("%s: %d of %d chats still without it after %d s (%d s"
                        + " without progress); missing %s; what the fake saw for them: %s%nthe app's log tail:%n%s",
                        what, missing.size(), chats.size(), Duration.ofNanos(now - start).toSeconds(),
                        Duration.ofNanos(now - progressAt).toSeconds(), missing.stream().limit(20).toList(),
                        seenFor(api, missing), app.logTail(60)));
            }
            Thread.sleep(100);
        }
    }

    /** The calls the fake recorded to the first few of {@code chats}: method, chat, status. */
    private static List<String> seenFor(FakeBotApi api, List<String> chats) {
        Set<String> wanted = Set.copyOf(chats.stream().limit(20).toList());
        return api.requests().stream().filter(r -> wanted.contains(r.chatId()))
                .map(r -> r.method() + " " + r.chatId() + " " + r.status() + " at " + r.at()).toList();
    }

    private static void awaitCount(FakeBotApi api, Predicate<RecordedRequest> which, int atLeast)
            throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (api.requests().stream().filter(which).count() < atLeast && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    private static String inAMonth() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
