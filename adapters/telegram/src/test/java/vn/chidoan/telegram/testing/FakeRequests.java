package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
        form(exchange.getRequestURI().getRawQuery(), params);
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
            form(new String(body, StandardCharsets.UTF_8), params);
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

    private static void form(String encoded, Map<String, String> into) {
        if (encoded == null || encoded.isBlank()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            into.put(key, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }
}
