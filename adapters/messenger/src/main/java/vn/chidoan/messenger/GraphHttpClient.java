package vn.chidoan.messenger;

import com.github.messenger4j.spi.MessengerHttpClient;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * messenger4j's HTTP client, fixed for today's Graph API. The library writes an old API version into
 * every URL ({@value #LIBRARY_BASE}): that base is replaced with {@code chidoan.messenger.api-url}.
 * It knows the tag {@code CONFIRMED_EVENT_UPDATE} only by its old name: the body is sent with the
 * current one. Bodies go out and come back as UTF-8 whatever the JVM's default charset. An error
 * answer becomes a {@link GraphError} with its subcode, which the library's own exception drops.
 * It also makes the one call the library cannot: a message with an uploaded file ({@link #upload}),
 * answered and classified like the others. URLs carry the page token, so nothing here logs or repeats
 * them.
 */
final class GraphHttpClient implements MessengerHttpClient {
    static final String LIBRARY_BASE = "https://graph.facebook.com/v3.2";
    static final String OLD_EVENT_TAG = "\"tag\":\"CONFIRMED_EVENT_REMINDER\"";
    static final String EVENT_TAG = "\"tag\":\"CONFIRMED_EVENT_UPDATE\"";
    static final String MESSAGES = "/me/messages";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final String apiBase;
    private final String pageToken;

    GraphHttpClient(String apiBase, String pageToken) {
        this.apiBase = apiBase;
        this.pageToken = pageToken;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    @Override
    public MessengerHttpClient.HttpResponse execute(HttpMethod method, String url, String body) throws IOException {
        HttpRequest.Builder request = request(URI.create(rewrite(url)));
        HttpRequest.BodyPublisher payload = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.replace(OLD_EVENT_TAG, EVENT_TAG), StandardCharsets.UTF_8);
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        java.net.http.HttpResponse<String> response = call(request.method(method.name(), payload));
        return new MessengerHttpClient.HttpResponse(response.statusCode(), response.body());
    }

    /**
     * Sends a message with a file as {@code form} ({@link FileUpload}), {@code POST {api-url}/me/messages}
     * like the library's sends; returns the answer's {@code message_id}.
     */
    String upload(FormData form) throws IOException {
        URI messages = URI.create(apiBase + MESSAGES + "?access_token=" + URLEncoder.encode(pageToken,
                StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(messages).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()));
        String body = call(request).body();
        try {
            JsonElement id = JsonParser.parseString(body).getAsJsonObject().get("message_id");
            return id == null || id.isJsonNull() ? null : id.getAsString();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
    }

    /** The answer when it is a 2xx, else a {@link GraphError}. */
    private java.net.http.HttpResponse<String> call(HttpRequest.Builder request) throws IOException {
        java.net.http.HttpResponse<String> response;
        try {
            response = http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while calling the Graph API");
        }
        if (response.statusCode() / 100 != 2) {
            throw error(response.statusCode(), response.body());
        }
        return response;
    }

    /** The library's URL on the configured base. */
    String rewrite(String url) {
        if (!url.startsWith(LIBRARY_BASE + "/")) {
            throw new IllegalArgumentException("not a Graph API URL of messenger4j 1.1.0");
        }
        return apiBase + url.substring(LIBRARY_BASE.length());
    }

    /** The Graph API's {@code {"error":{…}}}, or only the status when the body is no such JSON (a proxy's page). */
    static GraphError error(int status, String body) {
        try {
            JsonObject error = JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("error");
            if (error != null) {
                return new GraphError(status, number(error.get("code")), number(error.get("error_subcode")),
                        error.has("message") ? error.get("message").getAsString() : "no message");
            }
        } catch (RuntimeException notJson) {
            // described by its status below
        }
        return new GraphError(status, 0, 0, "HTTP " + status + " with no Graph API error");
    }

    private static int number(JsonElement value) {
        return value == null || !value.isJsonPrimitive() ? 0 : value.getAsInt();
    }
}
