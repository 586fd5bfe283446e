package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/**
 * One call the bot made to the {@link FakeBotApi} and the answer it got. {@code method} is lower case,
 * as the client sends it; {@code params} holds every non-file parameter as text (JSON values as their
 * JSON); {@code status} and {@code response} are what the fake answered.
 */
public record RecordedRequest(String method, String chatId, String text, JsonNode replyMarkup,
        Map<String, String> params, Map<String, Upload> files, Instant at, int status, String response) {

    /** A file the bot uploaded. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    public String param(String name) {
        return params.get(name);
    }

    public boolean is(String methodName) {
        return method.equalsIgnoreCase(methodName);
    }

    public boolean succeeded() {
        return status == 200;
    }

    /** The {@code message_id} of the message the fake answered with, or null. */
    public String resultMessageId() {
        JsonNode id = FakeResponses.parse(response).at("/result/message_id");
        return id.isMissingNode() ? null : id.asText();
    }

    RecordedRequest answered(int httpStatus, String body) {
        return new RecordedRequest(method, chatId, text, replyMarkup, params, files, at, httpStatus, body);
    }
}
