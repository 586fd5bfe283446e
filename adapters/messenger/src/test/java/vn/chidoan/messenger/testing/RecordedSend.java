package vn.chidoan.messenger.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.testing.Multipart;

/**
 * One Send API call the bot made to the {@link FakeGraphApi} and the answer it got: the path (with the
 * API version), the recipient's PSID, {@code messaging_type}, {@code tag}, the {@code message} object
 * as JSON, the uploaded file ({@code filedata} of a multipart send, else null), the HTTP status and
 * body of the answer.
 */
public record RecordedSend(String path, String recipient, String messagingType, String tag, JsonObject message,
        Upload upload, Instant at, int status, String response) {

    /** The {@code filedata} part of an upload: its file name, content type and bytes. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    static RecordedSend of(String path, String body, Instant at) {
        return of(path, JsonParser.parseString(body).getAsJsonObject(), null, at);
    }

    /** A multipart send: its JSON fields read as the same call sent as JSON would carry them. */
    static RecordedSend ofForm(String path, Map<String, Multipart.Part> parts, Instant at) {
        JsonObject json = new JsonObject();
        for (Multipart.Part part : parts.values()) {
            if (part.fileName() == null) {
                String value = new String(part.content(), StandardCharsets.UTF_8);
                boolean object = part.name().equals("recipient") || part.name().equals("message");
                json.add(part.name(), object ? JsonParser.parseString(value) : new JsonPrimitive(value));
            }
        }
        Multipart.Part file = parts.get("filedata");
        Upload upload = file == null ? null : new Upload(file.fileName(), file.contentType(), file.content());
        return of(path, json, upload, at);
    }

    private static RecordedSend of(String path, JsonObject json, Upload upload, Instant at) {
        String recipient = json.has("recipient") ? json.getAsJsonObject("recipient").get("id").getAsString() : null;
        return new RecordedSend(path, recipient, text(json.get("messaging_type")), text(json.get("tag")),
                json.has("message") ? json.getAsJsonObject("message") : null, upload, at, 0, null);
    }

    RecordedSend answered(int httpStatus, String body) {
        return new RecordedSend(path, recipient, messagingType, tag, message, upload, at, httpStatus, body);
    }

    /** Only who it went to, when, and the answer's status: what a benchmark counts. */
    RecordedSend bare(int httpStatus) {
        return new RecordedSend(path, recipient, null, null, null, null, at, httpStatus, null);
    }

    public boolean succeeded() {
        return status == 200;
    }

    /** What the person reads: the message's text, or a template's text. */
    public String text() {
        if (message == null) {
            return null;
        }
        if (message.has("text")) {
            return message.get("text").getAsString();
        }
        JsonObject payload = templatePayload();
        return payload != null && payload.has("text") ? payload.get("text").getAsString() : null;
    }

    /** Titles of the quick replies. */
    public List<String> quickReplies() {
        return values(message == null ? null : message.getAsJsonArray("quick_replies"), "title");
    }

    /** Payloads of the quick replies: the data of the buttons they stand for. */
    public List<String> quickReplyPayloads() {
        return values(message == null ? null : message.getAsJsonArray("quick_replies"), "payload");
    }

    /** Payloads of a button template's postback buttons. */
    public List<String> postbacks() {
        JsonObject payload = templatePayload();
        return values(payload == null ? null : payload.getAsJsonArray("buttons"), "payload");
    }

    /** Addresses of a button template's link buttons. */
    public List<String> links() {
        JsonObject payload = templatePayload();
        return values(payload == null ? null : payload.getAsJsonArray("buttons"), "url");
    }

    /** The attachment's {@code type}: {@code template}, {@code file}, {@code image}…, or null. */
    public String attachmentType() {
        JsonObject attachment = attachment();
        return attachment == null ? null : text(attachment.get("type"));
    }

    /** The {@code message.attachment} object (a template or a file), or null. */
    public JsonObject attachment() {
        return message == null || !message.has("attachment") ? null : message.getAsJsonObject("attachment");
    }

    private JsonObject templatePayload() {
        JsonObject attachment = attachment();
        return attachment != null && "template".equals(text(attachment.get("type")))
                ? attachment.getAsJsonObject("payload") : null;
    }

    private static List<String> values(JsonArray items, String field) {
        List<String> values = new ArrayList<>();
        if (items != null) {
            for (JsonElement item : items) {
                JsonElement value = item.getAsJsonObject().get(field);
                if (value != null) {
                    values.add(value.getAsString());
                }
            }
        }
        return values;
    }

    private static String text(JsonElement value) {
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
