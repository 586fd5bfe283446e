package vn.chidoan.messenger.testing;

import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import vn.chidoan.core.testing.LoopbackServer;
import vn.chidoan.core.testing.Multipart;

/**
 * A Graph API on 127.0.0.1 for tests. Records every {@code POST /<version>/me/messages} (recipient,
 * message, tag, messaging type), sent as JSON or, with a file, as {@code multipart/form-data} (its
 * {@code filedata} then recorded as {@link RecordedSend#upload()}), and answers it like the Send API
 * ({@code recipient_id}, {@code message_id}, and {@code attachment_id} for an upload) or with a
 * scripted error body, such as the shared {@code send_api/} fixtures;
 * accepts {@code POST /<version>/me/messenger_profile}. A wrong page token is answered with the Graph
 * API's code 190. Point {@code chidoan.messenger.api-url} at {@link #baseUrl()}.
 */
public final class FakeGraphApi implements AutoCloseable {
    public static final String DEFAULT_TOKEN = "EAAfake-page-token";
    public static final String VERSION = "v23.0";

    private final String token;
    private final LoopbackServer server;
    private final List<RecordedSend> sends = new ArrayList<>();
    private final List<String> profileCalls = new ArrayList<>();
    private final Deque<Reply> scripted = new ArrayDeque<>();
    private final AtomicInteger ids = new AtomicInteger();

    private record Reply(int status, String body) {
    }

    private FakeGraphApi(String token) {
        this.token = token;
        this.server = LoopbackServer.start("fake-graph-api", this::handle);
    }

    public static FakeGraphApi start() {
        return new FakeGraphApi(DEFAULT_TOKEN);
    }

    /** {@code http://127.0.0.1:<port>/v23.0}, the value for {@code chidoan.messenger.api-url}. */
    public String baseUrl() {
        return server.baseUrl() + "/" + VERSION;
    }

    public String token() {
        return token;
    }

    /** The next send is answered {@code status} with {@code body}; scripted answers queue up. */
    public void failNext(int status, String body) {
        synchronized (scripted) {
            scripted.addLast(new Reply(status, body));
        }
    }

    /** The next send is answered with a {@code send_api/} fixture, as HTTP 400 (the status the Graph API uses). */
    public void failNextWith(String sendApiFixture) {
        failNext(400, MessengerFixtures.sendApi(sendApiFixture));
    }

    public List<RecordedSend> sends() {
        synchronized (sends) {
            return List.copyOf(sends);
        }
    }

    public List<RecordedSend> sendsTo(String psid) {
        return sends().stream().filter(s -> psid.equals(s.recipient())).toList();
    }

    /** Bodies of the {@code messenger_profile} calls (the Get Started button). */
    public List<String> profileCalls() {
        synchronized (sends) {
            return List.copyOf(profileCalls);
        }
    }

    /** Waits until at least {@code count} sends were made to {@code psid}; returns them. */
    public List<RecordedSend> awaitSendsTo(String psid, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sends) {
            while (true) {
                List<RecordedSend> found = sends.stream().filter(s -> psid.equals(s.recipient())).toList();
                long left = deadline - System.nanoTime();
                if (found.size() >= count || left <= 0) {
                    return found;
                }
                try {
                    sends.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return found;
                }
            }
        }
    }

    public void clear() {
        synchronized (sends) {
            sends.clear();
            profileCalls.clear();
        }
        synchronized (scripted) {
            scripted.clear();
        }
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Reply reply = answer(exchange, path, body);
            LoopbackServer.reply(exchange, reply.status(), "application/json; charset=UTF-8", reply.body());
        }
    }

    private Reply answer(HttpExchange exchange, String path, byte[] bytes) {
        String body = new String(bytes, StandardCharsets.UTF_8);
        if (!token.equals(accessToken(exchange.getRequestURI().getRawQuery()))) {
            return new Reply(400, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\","
                    + "\"code\":190}}");
        }
        if (path.equals("/" + VERSION + "/me/messenger_profile") && "POST".equals(exchange.getRequestMethod())) {
            synchronized (sends) {
                profileCalls.add(body);
            }
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
        Reply reply;
        synchronized (scripted) {
            reply = scripted.pollFirst();
        }
        if (reply == null) {
            int id = ids.incrementAndGet();
            reply = new Reply(200, "{\"recipient_id\":\"" + send.recipient() + "\",\"message_id\":\"m_fake" + id
                    + (send.upload() == null ? "" : "\",\"attachment_id\":\"" + (1_000_000 + id)) + "\"}");
        }
        synchronized (sends) {
            sends.add(send.answered(reply.status(), reply.body()));
            sends.notifyAll();
        }
        return reply;
    }

    private static String accessToken(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("access_token=")) {
                return URLDecoder.decode(pair.substring("access_token=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Whether a body is the Graph API's success answer to a send. */
    public static boolean isSuccess(String body) {
        return JsonParser.parseString(body).getAsJsonObject().has("message_id");
    }
}
