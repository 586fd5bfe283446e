package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One call the bot made to the {@link FakeBotApi}. {@code method} is lower case, as the client sends
 * it; {@code params} holds every non-file parameter as text (JSON values as their JSON).
 */
public record RecordedRequest(String method, String chatId, String text, JsonNode replyMarkup,
        Map<String, String> params, Map<String, Upload> files, Instant at) {

    /** A file the bot uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    public String param(String name) {
        return params.get(name);
    }

    public boolean is(String methodName) {
        return method.equalsIgnoreCase(methodName);
    }
}
