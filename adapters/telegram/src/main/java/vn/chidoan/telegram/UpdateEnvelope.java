package vn.chidoan.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.inbound.InboundGateway;

/**
 * What the inbound journal needs to know of a raw update before it is decoded: its idempotency key
 * ({@code telegram:update:<update_id>}) and its lane, the chat it happened in (or, for updates with
 * no chat, the user), so that one chat's events are handled in order.
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
