package vn.chidoan.messenger.testing;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chidoan.core.testing.FakePlatformApi;
import vn.chidoan.core.testing.LoopbackServer;
import vn.chidoan.core.testing.Multipart;
import vn.chidoan.core.testing.RateWindow;

/**
 * A Graph API on 127.0.0.1 for tests. Records every {@code POST /<version>/me/messages} (recipient,
 * message, tag, messaging type), sent as JSON or, with a file, as {@code multipart/form-data} (its
 * {@code filedata} then recorded as {@link RecordedSend#upload()}), and answers it like the Send API
 * ({@code recipient_id}, {@code message_id}, and {@code attachment_id} for an upload) or with a
 * scripted error body, such as the shared {@code send_api/} fixtures;
 * accepts {@code POST /<version>/me/messenger_profile}. A wrong page token is answered with the Graph
 * API's code 190. It keeps the Send API's rate limit of {@value #SENDS_PER_SECOND} calls in any second
 * for the Page, answering a call over it with the Graph API's error 613 (so tests and benchmarks see what
 * Facebook does); {@link #withoutLimits()} turns that off. Point {@code chidoan.messenger.api-url} at
 * {@link #baseUrl()}.
 */
public final class FakeGraphApi extends FakePlatformApi<RecordedSend> {
    public static final String DEFAULT_TOKEN = "EAAfake-page-token";
    public static final String VERSION = "v23.0";
    private static final String SEND = "messages";
    public static final int SENDS_PER_SECOND = 300;

    private final String token;
    private final List<String> profileCalls = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final RateWindow sendRate = new RateWindow(Duration.ofSeconds(1));
    private volatile boolean limited = true;
    private volatile boolean lean;

    private FakeGraphApi(String token) {
        super("fake-graph-api");
        this.token = token;
    }

    /** Files people sent, by their path on the fake CDN. */
    private final Map<String, byte[]> cdn = new ConcurrentHashMap<>();

    public static FakeGraphApi start() {
        return new FakeGraphApi(DEFAULT_TOKEN);
    }

    /** {@code http://127.0.0.1:<port>/v23.0}, the value for {@code chidoan.messenger.api-url}. */
    public String baseUrl() {
        return serverUrl() + "/" + VERSION;
    }

    public String token() {
        return token;
    }

    /** Stops enforcing the Send API's rate limit. */
    public FakeGraphApi withoutLimits() {
        this.limited = false;
        return this;
    }

    /**
     * Keeps of each send the Graph API took only who it went to and when ({@link RecordedSend#bare}), its
     * message and answer dropped: a benchmark of 75,000 sends otherwise holds every message's parsed JSON
     * (about 2.5 KB a send, 180 MB in all) in the heap it measures. Refused sends are kept whole.
     */
    public FakeGraphApi keepingOnlyWhoAndWhen() {
        this.lean = true;
        return this;
    }

    /** The sends answered with the rate-limit error because they went over the Page's limit. */
    public List<RecordedSend> rateLimited() {
        return sends().stream().filter(s -> s.status() == 400 && s.response() != null
                && s.response().contains("\"code\":613")).toList();
    }

    /** The next send is answered {@code status} with {@code body}; scripted answers queue up. */
    public void failNext(int status, String body) {
        script(SEND, status, body);
    }

    /** The next send is answered with a {@code send_api/} fixture, as HTTP 400 (the status the Graph API uses). */
    public void failNextWith(String sendApiFixture) {
        failNext(400, MessengerFixtures.sendApi(sendApiFixture));
    }

    /** The next send to {@code psid} (whatever goes to others meanwhile) is answered with a {@code send_api/} fixture. */
    public void failNextTo(String psid, String sendApiFixture) {
        script(SEND + ":" + psid, 400, MessengerFixtures.sendApi(sendApiFixture));
    }

    public List<RecordedSend> sends() {
        return recorded();
    }

    public List<RecordedSend> sendsTo(String psid) {
        return sends().stream().filter(s -> psid.equals(s.recipient())).toList();
    }

    /** Bodies of the {@code messenger_profile} calls (the Get Started button). */
    public List<String> profileCalls() {
        return List.copyOf(profileCalls);
    }

    /** Waits until at least {@code count} sends were made to {@code psid}; returns them. */
    public List<RecordedSend> awaitSendsTo(String psid, int count, Duration timeout) {
        return await(s -> psid.equals(s.recipient()), count, timeout);
    }

    public void clear() {
        clearRecorded();
        profileCalls.clear();
        clearScripted();
    }

    /**
     * Holds a file someone sent, as Facebook's CDN does: returns the URL the webhook's attachment payload
     * carries (with a query, as real ones have), which serves the bytes without a token.
     */
    public String attachmentUrl(String fileName, byte[] bytes) {
        String path = "/cdn/" + (cdn.size() + 1) + "/" + fileName;
        cdn.put(path, bytes.clone());
        return serverUrl() + path + "?_nc_cat=1&oh=fake";
    }

    @Override
    protected void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/cdn/")) {
                byte[] file = cdn.get(path);
                exchange.sendResponseHeaders(file == null ? 404 : 200, file == null ? -1 : file.length);
                if (file != null) {
                    exchange.getResponseBody().write(file);
                }
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = answer(exchange, path, body);
            LoopbackServer.reply(exchange, reply.status(), "application/json; charset=UTF-8", reply.body());
        }
    }

    private Reply answer(HttpExchange exchange, String path, byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (!token.equals(formFields(exchange.getRequestURI().getRawQuery()).get("access_token"))) {
            return new Reply(400, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\","
                    + "\"code\":190}}");
        }
        if (path.equals("/" + VERSION + "/me/messenger_profile") && "POST".equals(exchange.getRequestMethod())) {
            profileCalls.add(body);
            return new Reply(200, "{\"result\":\"success\"}");
        }
        if (!path.equals("/" + VERSION + "/me/messages") || !"POST".equals(exchange.getRequestMethod())) {
            return new Reply(404, "{\"error\":{\"message\":\"Unknown path components: " + path
                    + "\",\"type\":\"OAuthException\",\"code\":2500}}");
        }
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        RecordedSend send = type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                ? RecordedSend.ofForm(path, Multipart.parse(bytes, Multipart.boundary(type)), Instant.now())
                : RecordedSend.of(path, body, Instant.now());
        Reply reply = scripted(SEND + ":" + send.recipient());
        if (reply == null) {
            reply = scripted(SEND);
        }
        if (reply == null && overLimit()) {
            reply = new Reply(400, MessengerFixtures.sendApi("error_613_rate_limit.json"));
        }
        if (reply == null) {
            int id = ids.incrementAndGet();
            reply = new Reply(200, "{\"recipient_id\":\"" + send.recipient() + "\",\"message_id\":\"m_fake" + id
                    + (send.upload() == null ? "" : "\",\"attachment_id\":\"" + (1_000_000 + id)) + "\"}");
        }
        record(lean && reply.status() == 200 ? send.bare(reply.status()) : send.answered(reply.status(), reply.body()));
        return reply;
    }

    private boolean overLimit() {
        if (!limited) {
            return false;
        }
        synchronized (sendRate) {
            Instant now = Instant.now();
            if (!sendRate.waitFor(SENDS_PER_SECOND, now).isZero()) {
                return true;
            }
            sendRate.take(now);
            return false;
        }
    }

    /** Whether a body is the Graph API's success answer to a send. */
    public static boolean isSuccess(String body) {
        return JsonParser.parseString(body).getAsJsonObject().has("message_id");
    }
}
