package vn.chidoan.telegram.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** Bot API result objects, shaped like the captured {@code sendmessage_ok.json}. */
final class FakeResponses {
    static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode messageTemplate;
    private final AtomicInteger nextMessageId = new AtomicInteger(1000);
    private final AtomicInteger nextFileId = new AtomicInteger(1);
    private final AtomicInteger nextPollId = new AtomicInteger(1);

    FakeResponses() {
        this.messageTemplate = parse(TelegramFixtures.api("sendmessage_ok.json")).get("result");
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ok(JsonNode result) {
        ObjectNode body = JSON.createObjectNode().put("ok", true);
        body.set("result", result);
        return body.toString();
    }

    static String error(int code, String description) {
        return JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description)
                .toString();
    }

    ObjectNode bot(long id, String username) {
        return JSON.createObjectNode().put("id", id).put("is_bot", true).put("first_name", "Chi Đoàn Số test")
                .put("username", username).put("can_join_groups", true).put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
    }

    /** A message the bot sent to {@code request.chatId()}, with the request's text, thread and keyboard. */
    ObjectNode message(RecordedRequest request, long botId, String botUsername, Integer messageId) {
        ObjectNode m = messageTemplate.deepCopy();
        for (String field : new String[] {"reply_to_message", "message_thread_id", "is_topic_message", "reply_markup",
            "text"}) {
            m.remove(field);
        }
        m.put("message_id", messageId != null ? messageId : nextMessageId.getAndIncrement());
        m.put("date", Instant.now().getEpochSecond());
        m.set("from", bot(botId, botUsername).retain("id", "is_bot", "first_name", "username"));
        m.set("chat", chat(request.chatId()));
        String thread = request.param("message_thread_id");
        if (thread != null) {
            m.put("message_thread_id", Integer.parseInt(thread)).put("is_topic_message", true);
        }
        if (request.text() != null) {
            m.put("text", request.text());
        }
        if (request.replyMarkup() != null) {
            m.set("reply_markup", request.replyMarkup());
        }
        return m;
    }

    ObjectNode withDocument(ObjectNode message, RecordedRequest request, String field) {
        return withDocument(message, request, field, field);
    }

    /** The message with the file uploaded as parameter {@code part}, shown as a {@code field}. */
    private ObjectNode withDocument(ObjectNode message, RecordedRequest request, String part, String field) {
        RecordedRequest.Upload upload = request.files().get(part);
        int n = nextFileId.getAndIncrement();
        ObjectNode file = JSON.createObjectNode().put("file_id", "fake-" + field + "-" + n)
                .put("file_unique_id", "fake-unique-" + n)
                .put("file_size", upload == null ? 0 : upload.content().length);
        if ("photo".equals(field)) {
            ArrayNode sizes = message.putArray("photo");
            sizes.add(file.put("width", 320).put("height", 320));
        } else {
            message.set("document", file.put("file_name", upload == null ? null : upload.fileName())
                    .put("mime_type", upload == null ? null : upload.contentType()));
        }
        if (request.param("caption") != null) {
            message.put("caption", request.param("caption"));
        }
        return message;
    }

    /**
     * The message an {@code editMessageMedia} made: the same message id, now with the uploaded photo or
     * document (the {@code media} parameter's type) and its caption.
     */
    ObjectNode edited(RecordedRequest request, long botId, String botUsername) {
        JsonNode media = parse(request.param("media"));
        ObjectNode message = message(request, botId, botUsername, Integer.valueOf(request.param("message_id")));
        message.put("edit_date", request.at().getEpochSecond());
        String field = "photo".equals(media.path("type").asText()) ? "photo" : "document";
        if (media.hasNonNull("caption")) {
            message.put("caption", media.get("caption").asText());
        }
        return withDocument(message, request, "media", field);
    }

    /**
     * The message a {@code sendPoll} made: a regular poll with the request's question and options, no
     * votes yet, under a new poll id ({@code fake-poll-<n>}) that answers to it name.
     */
    ObjectNode poll(RecordedRequest request, long botId, String botUsername) {
        ObjectNode message = message(request, botId, botUsername, null);
        message.set("poll", pollState(request, "fake-poll-" + nextPollId.getAndIncrement(), false));
        return message;
    }

    private ObjectNode pollState(RecordedRequest request, String id, boolean closed) {
        ObjectNode poll = JSON.createObjectNode().put("id", id).put("question", request.param("question"));
        ArrayNode options = poll.putArray("options");
        for (JsonNode option : parse(request.param("options"))) {
            options.addObject().put("text", option.isTextual() ? option.asText() : option.path("text").asText())
                    .put("voter_count", 0);
        }
        return poll.put("total_voter_count", 0).put("is_closed", closed)
                .put("is_anonymous", !"false".equals(request.param("is_anonymous"))).put("type", "regular")
                .put("allows_multiple_answers", "true".equals(request.param("allows_multiple_answers")));
    }

    private static ObjectNode chat(String chatId) {
        ObjectNode chat = JSON.createObjectNode();
        long id;
        try {
            id = Long.parseLong(chatId);
        } catch (NumberFormatException e) {
            return chat.put("id", chatId).put("type", "channel");
        }
        chat.put("id", id);
        if (id > 0) {
            return chat.put("first_name", "Test").put("type", "private");
        }
        return chat.put("title", "Test group").put("type", chatId.startsWith("-100") ? "supergroup" : "group");
    }
}
