package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.chidoan.core.testing.FakePlatformApi;
import vn.chidoan.core.testing.LoopbackServer;
import vn.chidoan.core.testing.RateWindow;

/**
 * A Telegram Bot API on 127.0.0.1 for tests: answers {@code /bot<token>/<method>} (any case) with the
 * real API's shapes, records every request, serves queued updates to getUpdates, and fails the next
 * call of a method on request. It keeps Telegram's rate limits as Telegram does ({@link TelegramLimits}:
 * 30 messages a second, 1,000 with paid broadcasts, 20 a minute to a group), answering a message over
 * them with a real 429 and its {@code retry_after}, so tests and benchmarks see what Telegram does;
 * {@link #withoutLimits()} turns that off for a test that calls the API faster on purpose. Point the
 * bot's {@code chidoan.telegram.api-url} at {@link #baseUrl()}.
 */
public final class FakeBotApi extends FakePlatformApi<RecordedRequest> {
    public static final String DEFAULT_TOKEN = "123456789:FAKE-token_for_tests";
    /** How long getUpdates waits for an update before answering an empty list. */
    static final Duration LONG_POLL = Duration.ofMillis(500);

    private final String token;
    private final FakeResponses responses = new FakeResponses();
    private final Deque<JsonNode> updates = new ArrayDeque<>();
    /** The polls the bot sent, by {@code <chat id>:<message id>}, for stopPoll. */
    private final Map<String, ObjectNode> polls = new ConcurrentHashMap<>();
    private final TelegramLimits limits = new TelegramLimits();
    /** Files people sent, by file id: their path on the file server and their bytes. */
    private final Map<String, String> filePaths = new ConcurrentHashMap<>();
    private final Map<String, byte[]> fileBytes = new ConcurrentHashMap<>();
    private volatile boolean limited = true;
    private volatile Clock limitsClock = Clock.systemUTC();
    private volatile long botId = 7000000001L;
    private volatile String botUsername = "chidoan_test_bot";

    private FakeBotApi(String token) {
        super("fake-bot-api");
        this.token = token;
    }

    public static FakeBotApi start() {
        return start(DEFAULT_TOKEN);
    }

    public static FakeBotApi start(String token) {
        return new FakeBotApi(token);
    }

    /** {@code http://127.0.0.1:<port>}, the value for {@code chidoan.telegram.api-url}. */
    public String baseUrl() {
        return serverUrl();
    }

    public String token() {
        return token;
    }

    public long botId() {
        return botId;
    }

    public String botUsername() {
        return botUsername;
    }

    /** Who getMe says the bot is. */
    public FakeBotApi bot(long id, String username) {
        this.botId = id;
        this.botUsername = username;
        return this;
    }

    /** Stops enforcing Telegram's rate limits: every call is answered as if within them. */
    public FakeBotApi withoutLimits() {
        this.limited = false;
        return this;
    }

    /** Counts the limits' windows by {@code clock} instead of real time (a test that must not depend on its speed). */
    public FakeBotApi limitsBy(Clock clock) {
        this.limitsClock = clock;
        return this;
    }

    /** The calls answered 429 Too Many Requests because they went over Telegram's limits. */
    public List<RecordedRequest> tooManyRequests() {
        return requests().stream().filter(r -> r.status() == 429).toList();
    }

    /**
     * Holds a file someone sent, as Telegram does: getFile answers its path and size, and the file server
     * ({@code /file/bot<token>/<path>}) its bytes. Returns its file id, for the update's {@code document}.
     */
    public String file(String fileName, byte[] bytes) {
        String id = "sent-file-" + (fileBytes.size() + 1);
        String path = "documents/file_" + (fileBytes.size() + 1) + "_" + fileName;
        filePaths.put(id, path);
        fileBytes.put(path, bytes.clone());
        return id;
    }

    /** Serves this update (an Update object's JSON) to the next getUpdates. */
    public void queueUpdate(String updateJson) {
        synchronized (updates) {
            updates.addLast(FakeResponses.parse(updateJson));
            updates.notifyAll();
        }
    }

    /** The next call of {@code method} answers {@code status} with {@code body}. Calls queue up. */
    public void failNext(String method, int status, String body) {
        script(canonical(method), status, body);
    }

    /** The next call of {@code method} is answered normally (to fail the call after it). */
    public void succeedNext(String method) {
        failNext(method, 200, null);
    }

    /** The next call of {@code method} answers an api/ fixture, with its {@code error_code} as HTTP status. */
    public void failNextWith(String method, String apiFixture) {
        String body = TelegramFixtures.api(apiFixture);
        failNext(method, FakeResponses.parse(body).path("error_code").asInt(500), body);
    }

    public List<RecordedRequest> requests() {
        return recorded();
    }

    public List<RecordedRequest> requests(String method) {
        return requests().stream().filter(r -> r.is(method)).toList();
    }

    /** Waits until the bot has called {@code method} at least {@code count} times; returns those calls. */
    public List<RecordedRequest> awaitRequests(String method, int count, Duration timeout) {
        return await(r -> r.is(method), count, timeout);
    }

    public void clearRequests() {
        clearRecorded();
    }

    @Override
    protected void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String files = "/file/bot" + token + "/";
            if (path.startsWith(files)) {
                serveFile(exchange, path.substring(files.length()));
                return;
            }
            int slash = path.indexOf('/', 1);
            String method = slash < 0 ? "" : canonical(path.substring(slash + 1));
            RecordedRequest request = FakeRequests.read(exchange, method);
            Reply reply = slash < 0 || !path.substring(1, slash).equals("bot" + token)
                    ? new Reply(401, FakeResponses.error(401, "Unauthorized")) : scripted(method);
            if (reply == null && method.equals("getfile")) {
                reply = getFile(request);
            }
            if (reply == null && method.equals("stoppoll")) {
                reply = stopPoll(request);
            }
            if (reply == null) {
                reply = overLimit(request);
            }
            if (reply == null) {
                String answer = answer(method, request);
                reply = answer == null ? new Reply(404, FakeResponses.error(404, "Not Found: method not found"))
                        : new Reply(200, answer);
            }
            record(request.answered(reply.status(), reply.body()));
            LoopbackServer.reply(exchange, reply.status(), "application/json", reply.body());
        }
    }

    private String answer(String method, RecordedRequest request) {
        return switch (method) {
            case "getme" -> FakeResponses.ok(responses.bot(botId, botUsername));
            case "sendmessage" -> FakeResponses.ok(responses.message(request, botId, botUsername, null));
            case "editmessagetext" -> FakeResponses.ok(responses.message(request, botId, botUsername,
                    Integer.valueOf(request.param("message_id"))).put("edit_date", request.at().getEpochSecond()));
            case "senddocument" -> FakeResponses.ok(responses.withDocument(
                    responses.message(request, botId, botUsername, null), request, "document"));
            case "sendphoto" -> FakeResponses.ok(responses.withDocument(
                    responses.message(request, botId, botUsername, null), request, "photo"));
            case "editmessagemedia" -> FakeResponses.ok(responses.edited(request, botId, botUsername));
            case "sendpoll" -> {
                ObjectNode message = responses.poll(request, botId, botUsername);
                polls.put(request.chatId() + ":" + message.get("message_id").asText(), (ObjectNode) message.get("poll"));
                yield FakeResponses.ok(message);
            }
            case "answercallbackquery", "setmycommands", "deletemycommands", "setwebhook", "deletewebhook" ->
                FakeResponses.ok(FakeResponses.JSON.getNodeFactory().booleanNode(true));
            case "getupdates" -> FakeResponses.ok(pendingUpdates(request));
            default -> null;
        };
    }

    /** getFile: the file's path and size, or Telegram's refusal of an id it does not know. */
    private Reply getFile(RecordedRequest request) {
        String path = filePaths.get(String.valueOf(request.param("file_id")));
        if (path == null) {
            return new Reply(400, FakeResponses.error(400, "Bad Request: invalid file_id"));
        }
        ObjectNode file = FakeResponses.JSON.createObjectNode().put("file_id", request.param("file_id"))
                .put("file_unique_id", "u-" + request.param("file_id")).put("file_size", fileBytes.get(path).length)
                .put("file_path", path);
        return new Reply(200, FakeResponses.ok(file));
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        RecordedRequest request = FakeRequests.read(exchange, "file");
        byte[] bytes = fileBytes.get(path);
        record(request.answered(bytes == null ? 404 : 200, null));
        exchange.sendResponseHeaders(bytes == null ? 404 : 200, bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            exchange.getResponseBody().write(bytes);
        }
    }

    /** Closes a poll the bot sent; one closed already, or never sent, is refused as Telegram does. */
    private Reply stopPoll(RecordedRequest request) {
        ObjectNode poll = polls.get(request.chatId() + ":" + request.param("message_id"));
        if (poll == null) {
            return new Reply(400, FakeResponses.error(400, "Bad Request: message with poll to stop not found"));
        }
        synchronized (poll) {
            if (poll.path("is_closed").asBoolean()) {
                return new Reply(400, FakeResponses.error(400, "Bad Request: poll has already been closed"));
            }
            poll.put("is_closed", true);
            return new Reply(200, FakeResponses.ok(poll.deepCopy()));
        }
    }

    /** Telegram's answer to a message over its limits, or null when it is within them. */
    private Reply overLimit(RecordedRequest request) {
        Duration wait = limited ? limits.take(request, limitsClock.instant()) : Duration.ZERO;
        if (wait.isZero()) {
            return null;
        }
        long seconds = RateWindow.seconds(wait);
        ObjectNode body = FakeResponses.JSON.createObjectNode().put("ok", false).put("error_code", 429)
                .put("description", "Too Many Requests: retry after " + seconds);
        body.putObject("parameters").put("retry_after", seconds);
        return new Reply(429, body.toString());
    }

    /** Drops updates the offset confirms, then waits briefly for one if none is pending. */
    private ArrayNode pendingUpdates(RecordedRequest request) {
        long offset = request.param("offset") == null ? 0 : Long.parseLong(request.param("offset"));
        long waitSeconds = request.param("timeout") == null ? 0 : Long.parseLong(request.param("timeout"));
        long deadline = System.nanoTime() + Math.min(Duration.ofSeconds(waitSeconds).toNanos(), LONG_POLL.toNanos());
        ArrayNode result = FakeResponses.JSON.createArrayNode();
        synchronized (updates) {
            updates.removeIf(u -> u.path("update_id").asLong() < offset);
            while (updates.isEmpty() && deadline - System.nanoTime() > 0) {
                waitOn(updates, deadline - System.nanoTime());
            }
            updates.forEach(result::add);
        }
        return result;
    }

    private static String canonical(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
