package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.telegram.testing.FakeBotApi;
import vn.chidoan.app.e2e.Updates.Person;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * The whole app in webhook mode on the embedded database, talking to a fake Bot API on loopback:
 * scenarios post real-shaped updates to {@code /telegram/webhook} and read what the bot sent. Telegram's
 * gap between two messages to one person is a tenth of a second here ({@link BriskPrivatePace}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@Import(BriskPrivatePace.class)
abstract class TelegramEndToEnd {
    static final String SECRET = "e2e-webhook-secret";
    static final String MANAGEMENT_TOKEN = "e2e-management-token";
    static final Updates.Person ADMIN = new Updates.Person(1001, "Quản", "Trị");
    /** How long a turn may take: a bound for a bot that does not answer, never a pause (a cold app on a busy machine is slow). */
    static final Duration WAIT = Duration.ofSeconds(30);
    static final FakeBotApi API = FakeBotApi.start();

    @TempDir
    static Path dataDir;

    private static final Pattern CODE = Pattern.compile("<code>([A-Z0-9]{8})</code>");
    private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\":(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("chidoan.data-dir", () -> dataDir.toString());
        EndToEndSupport.telegramWebhook(registry, API, SECRET);
        registry.add("chidoan.bootstrap.admins", () -> "telegram:" + ADMIN.id());
        registry.add("chidoan.management.token", () -> MANAGEMENT_TOKEN);
    }

    @AfterAll
    static void stopApi() {
        API.clearRequests();
    }

    /** Posts an update as Telegram would; returns the HTTP status the webhook answered. */
    int post(String update) {
        return post(update, SECRET);
    }

    int post(String update, String secret) {
        return EndToEndSupport.postTelegram(port, update, secret);
    }

    /** Posts the update and returns the first message it caused in {@code chatId}. */
    RecordedRequest postAndAwaitReply(String update, long chatId) {
        List<RecordedRequest> replies = exchange(update, chatId);
        assertThat(replies).as("replies in chat %d to %s", chatId, update).isNotEmpty();
        return replies.get(0);
    }

    /**
     * Posts the update, waits until it is handled and every message it caused has left the outbox,
     * and returns the messages it caused in {@code chatId}, in order.
     */
    List<RecordedRequest> exchange(String update, long chatId) {
        int before = sentTo(chatId).size();
        assertThat(post(update)).isEqualTo(200);
        awaitSettled(updateId(update));
        List<RecordedRequest> sent = sentTo(chatId);
        return sent.subList(before, sent.size());
    }

    /** Waits until the update is handled and no message it caused is still waiting to be sent. */
    void awaitSettled(long updateId) {
        String key = "telegram:update:" + updateId;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (EndToEndSupport.settled(mongo, key)) {
                return;
            }
            API.awaitRequests("sendMessage", API.requests("sendMessage").size() + 1, Duration.ofMillis(50));
        }
        throw new AssertionError("update " + updateId + " was not handled and sent within " + WAIT);
    }

    static long updateId(String update) {
        Matcher id = UPDATE_ID.matcher(update);
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    List<RecordedRequest> sentTo(long chatId) {
        return API.requests().stream().filter(toChat(chatId)).toList();
    }

    /** Waits until the bot has sent at least {@code count} messages to the chat; returns them all. */
    List<RecordedRequest> awaitSent(long chatId, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<RecordedRequest> sent = sentTo(chatId);
            if (sent.size() >= count) {
                return sent;
            }
            API.awaitRequests("sendMessage", API.requests("sendMessage").size() + 1, Duration.ofMillis(200));
        }
        List<RecordedRequest> sent = sentTo(chatId);
        assertThat(sent).as("messages the bot sent to chat %d", chatId).hasSizeGreaterThanOrEqualTo(count);
        return sent;
    }

    /** An officer, a branch and its secretary who linked the group {@code chat}; ids from {@code base}. */
    Branch linkedBranch(long chat, long base) {
        Person officer = new Person(base + 1, "Trần Thị", "Bình");
        Person secretary = new Person(base + 2, "Lê Văn", "Cường");
        String provinceCode = codeIn(postAndAwaitReply(Updates.privateText(ADMIN, "/donvi_them Tỉnh đoàn " + base),
                ADMIN.id()));
        registerWith(officer, provinceCode);
        String branchCode = codeIn(postAndAwaitReply(Updates.privateText(officer, "/chidoan_them Chi đoàn " + base),
                officer.id()));
        registerWith(secretary, branchCode);
        exchange(Updates.botAdded(secretary, chat, API.botId(), API.botUsername()), chat);
        List<RecordedRequest> linked = exchange(Updates.groupText(secretary, chat, "/lienket " + branchCode), chat);
        String joinUrl = linked.stream().map(RecordedRequest::replyMarkup).filter(m -> m != null)
                .flatMap(m -> m.findValuesAsText("url").stream()).filter(url -> url.contains("start="))
                .findFirst().orElseThrow(() -> new AssertionError("no join button in " + linked));
        return new Branch(chat, secretary, joinUrl);
    }

    void joinByTheGroupButton(Branch branch, Person member) {
        String payload = branch.joinUrl().substring(branch.joinUrl().indexOf("start=") + "start=".length());
        registerWith(member, payload);
    }

    /** {@code /start <payload>} in private, then "Đồng ý" on the consent question. */
    void registerWith(Person person, String payload) {
        RecordedRequest asked = postAndAwaitReply(Updates.privateText(person, "/start " + payload), person.id());
        String consent = asked.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(data -> data.startsWith("consent:y")).findFirst().orElseThrow();
        List<RecordedRequest> answered = exchange(Updates.press(person, person.id(), asked.resultMessageId(), consent),
                person.id());
        assertThat(answered).as("replies to the consent").isNotEmpty();
    }

    static String codeIn(RecordedRequest reply) {
        Matcher code = CODE.matcher(reply.text());
        assertThat(code.find()).as("a code in: %s", reply.text()).isTrue();
        return code.group(1);
    }

    /** A branch whose secretary linked the group {@code chat}; members join with {@code joinUrl}. */
    record Branch(long chat, Updates.Person secretary, String joinUrl) {
    }

    private static Predicate<RecordedRequest> toChat(long chatId) {
        return request -> String.valueOf(chatId).equals(request.chatId())
                && (request.is("sendMessage") || request.is("sendDocument") || request.is("sendPhoto"))
                && request.succeeded();
    }
}
