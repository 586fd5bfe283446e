package vn.chidoan.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Telegram JSON, read and written with the adapter's own Jackson 2 mapper: the TelegramBots model is
 * Jackson 2, while Spring Boot's converters are Jackson 3 and never see a Telegram payload.
 */
final class TelegramJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private TelegramJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static Update update(String json) {
        try {
            return MAPPER.readValue(json, Update.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a Telegram update: " + e.getOriginalMessage(), e);
        }
    }

    /** The payload as a tree, or null when it is not JSON at all. */
    static JsonNode treeOrNull(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
