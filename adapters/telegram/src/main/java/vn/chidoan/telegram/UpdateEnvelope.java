package vn.chidoan.telegram;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * What the inbound journal needs to know of a raw update before it is decoded: its idempotency key
 * ({@code telegram:update:<update_id>}) and its lane, the chat it happened in (or, for updates with
 * no chat, the user), so that one chat's events are handled in order.
 *
 * <p>The webhook reads it from the body's tokens ({@link #of(byte[])}) without building a tree of the
 * update: under a flood the tree was about a twelfth of the request thread's CPU, and the lane
 * decodes the update again anyway. Polling, which has the tree of each update already, reads it from
 * there ({@link #of(JsonNode)}); both find the same ({@code UpdateEnvelopeTest}).
 */
record UpdateEnvelope(String key, String lane) {
    static final String KEY_PREFIX = "telegram:update:";
    /** Updates with neither chat nor user (a poll's new state) share one lane. */
    static final String NO_CHAT_LANE = "telegram:updates";
    private static final List<String> CHAT_PATHS = List.of("/chat/id", "/message/chat/id");
    private static final List<String> USER_PATHS = List.of("/from/id", "/user/id");

    /** The envelope of a parsed update, or null when it is no Telegram update (no numeric update_id). */
    static UpdateEnvelope of(JsonNode update) {
        if (update == null || !update.isObject() || !update.path("update_id").isIntegralNumber()) {
            return null;
        }
        return new UpdateEnvelope(KEY_PREFIX + update.get("update_id").asLong(), lane(update));
    }

    /**
     * The envelope of an update's JSON body, or null when it is no JSON object with a numeric
     * update_id. Every token is read, so a body that is not JSON is refused as the tree refused it.
     */
    static UpdateEnvelope of(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try (JsonParser json = TelegramJson.mapper().getFactory().createParser(body)) {
            return json.nextToken() == JsonToken.START_OBJECT ? read(json) : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The top-level fields: update_id, and the ids at the lane's paths inside each content field. */
    private static UpdateEnvelope read(JsonParser json) throws IOException {
        Long updateId = null;
        String[] found = new String[CHAT_PATHS.size() + USER_PATHS.size()]; // by path: the first field's id
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if ("update_id".equals(field)) {
                updateId = value == JsonToken.VALUE_NUMBER_INT ? json.getNumberValue().longValue() : null;
                json.skipChildren();
            } else if (value == JsonToken.START_OBJECT) {
                content(json, found);
            } else {
                json.skipChildren();
            }
        }
        if (updateId == null) {
            return null;
        }
        for (String id : found) {
            if (id != null) {
                return new UpdateEnvelope(KEY_PREFIX + updateId, Platform.TELEGRAM.code() + ":" + id);
            }
        }
        return new UpdateEnvelope(KEY_PREFIX + updateId, NO_CHAT_LANE);
    }

    /** One content field's object: its {@code chat.id}, {@code message.chat.id}, {@code from.id}, {@code user.id}. */
    private static void content(JsonParser json, String[] found) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            int path = switch (field) {
                case "chat" -> 0;
                case "message" -> 1;
                case "from" -> 2;
                case "user" -> 3;
                default -> -1;
            };
            if (path < 0 || value != JsonToken.START_OBJECT) {
                json.skipChildren();
            } else if (path == 1) {
                String chat = idInside(json, "chat");
                found[1] = found[1] == null ? chat : found[1];
            } else {
                String id = idOf(json);
                found[path] = found[path] == null ? id : found[path];
            }
        }
    }

    /** The {@code id} of the object named {@code name} inside the current object, which is read to its end. */
    private static String idInside(JsonParser json, String name) throws IOException {
        String id = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            boolean wanted = name.equals(json.currentName());
            if (json.nextToken() == JsonToken.START_OBJECT && wanted) {
                id = idOf(json);
            } else {
                json.skipChildren();
            }
        }
        return id;
    }

    /** The integral {@code id} of the current object, which is read to its end; null without one. */
    private static String idOf(JsonParser json) throws IOException {
        String id = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            boolean isId = "id".equals(json.currentName());
            JsonToken value = json.nextToken();
            if (isId) {
                id = value == JsonToken.VALUE_NUMBER_INT ? json.getNumberValue().toString() : null;
            }
            json.skipChildren();
        }
        return id;
    }

    InboundGateway.Acceptance handTo(InboundGateway gateway, String payload) {
        return gateway.accept(Platform.TELEGRAM, key, lane, payload);
    }

    private static String lane(JsonNode update) {
        String chat = firstId(update, CHAT_PATHS);
        String id = chat != null ? chat : firstId(update, USER_PATHS);
        return id == null ? NO_CHAT_LANE : Platform.TELEGRAM.code() + ":" + id;
    }

    /** The first id found at one of {@code paths} inside the update's one content field. */
    private static String firstId(JsonNode update, List<String> paths) {
        for (String path : paths) {
            for (Map.Entry<String, JsonNode> field : update.properties()) {
                JsonNode id = field.getValue().at(path);
                if (id.isIntegralNumber()) {
                    return id.asText();
                }
            }
        }
        return null;
    }
}
