package vn.chidoan.messenger;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * A webhook body cut into the events the bot acts on, each with its idempotency key and lane, and
 * stored as a body of its own ({@code {"object":"page","entry":[{…,"messaging":[event]}]}}) so the
 * decoder reads one event. Keys: {@code messenger:mid:<mid>} for a message, and
 * {@code messenger:<postback|referral|optin>:<psid>:<timestamp>} for what has no mid. Delivery and
 * read receipts, echoes of the Page's own messages and other notifications are not stored. Ids may be
 * strings or (in 2016 payloads) numbers; an event whose sender or key is of another type is no event.
 */
final class WebhookEvents {
    static final String KEY_PREFIX = "messenger:";

    /** One event to hand to the inbound journal. */
    record Event(String key, String lane, String payload) {
    }

    private WebhookEvents() {
    }

    /** The events of a Page webhook body; null when the body is no such thing. */
    static List<Event> of(String body) {
        JsonObject root;
        try {
            root = JsonParser.parseString(body).getAsJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
        if (!"page".equals(text(root.get("object"))) || !(root.get("entry") instanceof JsonArray entries)) {
            return null;
        }
        List<Event> events = new ArrayList<>();
        for (JsonElement entry : entries) {
            if (entry instanceof JsonObject page && page.get("messaging") instanceof JsonArray messaging) {
                for (JsonElement item : messaging) {
                    if (item instanceof JsonObject event) {
                        Event found = event(page, event);
                        if (found != null) {
                            events.add(found);
                        }
                    }
                }
            }
        }
        return events;
    }

    private static Event event(JsonObject page, JsonObject event) {
        String psid = event.get("sender") instanceof JsonObject sender ? text(sender.get("id")) : null;
        if (psid == null) {
            return null;
        }
        String key = key(event, psid);
        return key == null ? null : new Event(key, KEY_PREFIX + psid, single(page, event));
    }

    private static String key(JsonObject event, String psid) {
        if (event.get("message") instanceof JsonObject message) {
            boolean echo = message.get("is_echo") instanceof JsonPrimitive flag && flag.isBoolean() && flag.getAsBoolean();
            String mid = text(message.get("mid"));
            return echo || mid == null ? null : KEY_PREFIX + "mid:" + mid;
        }
        String timestamp = text(event.get("timestamp"));
        for (String kind : List.of("postback", "referral", "optin")) {
            if (event.has(kind) && timestamp != null) {
                return KEY_PREFIX + kind + ":" + psid + ":" + timestamp;
            }
        }
        return null;
    }

    private static String single(JsonObject page, JsonObject event) {
        JsonObject entry = new JsonObject();
        entry.add("id", page.get("id"));
        entry.add("time", page.get("time"));
        JsonArray messaging = new JsonArray();
        messaging.add(event);
        entry.add("messaging", messaging);
        JsonArray entries = new JsonArray();
        entries.add(entry);
        JsonObject body = new JsonObject();
        body.addProperty("object", "page");
        body.add("entry", entries);
        return body.toString();
    }

    /** A string or number as text; null for anything else. */
    static String text(JsonElement value) {
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
