package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.chidoan.core.testing.FakePlatformApi;
import vn.chidoan.core.testing.Multipart;

/** Reads a Bot API call in any of its encodings: JSON, multipart (uploads), form or query string. */
final class FakeRequests {
    private static final String ATTACH = "attach://";
    private FakeRequests() {
    }

    static RecordedRequest read(HttpExchange exchange, String method) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
        String lower = type.toLowerCase(Locale.ROOT);
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, RecordedRequest.Upload> files = new LinkedHashMap<>();
        params.putAll(FakePlatformApi.formFields(exchange.getRequestURI().getRawQuery()));
        if (lower.startsWith("application/json") && body.length > 0) {
            FakeResponses.parse(new String(body, StandardCharsets.UTF_8)).properties().forEach(field -> params.put(
                    field.getKey(), field.getValue().isTextual() ? field.getValue().asText() : field.getValue()
                            .toString()));
        } else if (lower.startsWith("multipart/form-data")) {
            Multipart.parse(body, Multipart.boundary(type)).values().forEach(part -> {
                if (part.fileName() != null) {
                    files.put(part.name(), new RecordedRequest.Upload(part.fileName(), part.contentType(),
                            part.content()));
                } else {
                    params.put(part.name(), new String(part.content(), StandardCharsets.UTF_8));
                }
            });
        } else {
            params.putAll(FakePlatformApi.formFields(new String(body, StandardCharsets.UTF_8)));
        }
        attachedFiles(params, files);
        String markup = params.get("reply_markup");
        JsonNode replyMarkup = markup == null ? null : FakeResponses.parse(markup);
        return new RecordedRequest(method, params.get("chat_id"), params.get("text"), replyMarkup, Map.copyOf(params),
                Map.copyOf(files), Instant.now(), 0, null);
    }

    /**
     * {@code document=attach://<part>} names the part that holds the file, as the real API allows; so does
     * the {@code media} field of an InputMedia object ({@code media={"type":"photo","media":"attach://<part>"}}).
     */
    private static void attachedFiles(Map<String, String> params, Map<String, RecordedRequest.Upload> files) {
        params.forEach((name, value) -> {
            String attached = value.startsWith("{") ? FakeResponses.parse(value).path("media").asText("") : value;
            if (attached.startsWith(ATTACH) && files.containsKey(attached.substring(ATTACH.length()))) {
                files.put(name, files.get(attached.substring(ATTACH.length())));
            }
        });
    }
}
