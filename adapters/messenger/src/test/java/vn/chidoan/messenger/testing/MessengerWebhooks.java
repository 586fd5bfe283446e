package vn.chidoan.messenger.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook bodies shaped like the ones a Page receives, and their {@code X-Hub-Signature-256}, computed
 * here independently of the adapter: HMAC-SHA256 of the UTF-8 body with the app secret.
 */
public final class MessengerWebhooks {
    public static final String PAGE_ID = "1867223756886946";
    private static final AtomicLong CLOCK = new AtomicLong(1_760_000_000_000L);

    private MessengerWebhooks() {
    }

    /** A person typed {@code text}; the message id is {@code mid}. */
    public static String text(String psid, String text, String mid) {
        JsonObject message = new JsonObject();
        message.addProperty("mid", mid);
        message.addProperty("text", text);
        return body(event(psid, "message", message));
    }

    /** A person sent a file (no text: Messenger has no caption), which Facebook's CDN serves at {@code url}. */
    public static String file(String psid, String url, String mid) {
        JsonObject payload = new JsonObject();
        payload.addProperty("url", url);
        JsonObject attachment = new JsonObject();
        attachment.addProperty("type", "file");
        attachment.add("payload", payload);
        JsonArray attachments = new JsonArray();
        attachments.add(attachment);
        JsonObject message = new JsonObject();
        message.addProperty("mid", mid);
        message.add("attachments", attachments);
        return body(event(psid, "message", message));
    }

    /** A press on a quick reply whose payload is {@code payload}. */
    public static String quickReply(String psid, String title, String payload, String mid) {
        JsonObject reply = new JsonObject();
        reply.addProperty("payload", payload);
        JsonObject message = new JsonObject();
        message.addProperty("mid", mid);
        message.addProperty("text", title);
        message.add("quick_reply", reply);
        return body(event(psid, "message", message));
    }

    /** A press on a template's postback button. */
    public static String postback(String psid, String title, String payload) {
        JsonObject postback = new JsonObject();
        postback.addProperty("title", title);
        postback.addProperty("payload", payload);
        return body(event(psid, "postback", postback));
    }

    /** Opening {@code https://m.me/<page>?ref=<ref>} in an existing conversation. */
    public static String referral(String psid, String ref) {
        JsonObject referral = new JsonObject();
        referral.addProperty("ref", ref);
        referral.addProperty("source", "SHORTLINK");
        referral.addProperty("type", "OPEN_THREAD");
        return body(event(psid, "referral", referral));
    }

    /**
     * The inbound journal key of a one-event body built here, as the webhook stores it:
     * {@code messenger:mid:<mid>} for a message, {@code messenger:<kind>:<psid>:<timestamp>} otherwise.
     */
    public static String keyOf(String body) {
        JsonObject event = com.google.gson.JsonParser.parseString(body).getAsJsonObject().getAsJsonArray("entry")
                .get(0).getAsJsonObject().getAsJsonArray("messaging").get(0).getAsJsonObject();
        if (event.has("message")) {
            return "messenger:mid:" + event.getAsJsonObject("message").get("mid").getAsString();
        }
        String kind = event.has("postback") ? "postback" : event.has("referral") ? "referral" : "optin";
        return "messenger:" + kind + ":" + event.getAsJsonObject("sender").get("id").getAsString() + ":"
                + event.get("timestamp").getAsString();
    }

    /** {@code sha256=<hex>} for the body's UTF-8 bytes. */
    public static String sign(String appSecret, String body) {
        return sign(appSecret, body.getBytes(StandardCharsets.UTF_8));
    }

    public static String sign(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject event(String psid, String kind, JsonObject content) {
        JsonObject event = new JsonObject();
        event.add("sender", id(psid));
        event.add("recipient", id(PAGE_ID));
        event.addProperty("timestamp", CLOCK.incrementAndGet());
        event.add(kind, content);
        return event;
    }

    private static String body(JsonObject event) {
        JsonArray messaging = new JsonArray();
        messaging.add(event);
        JsonObject entry = new JsonObject();
        entry.addProperty("id", PAGE_ID);
        entry.addProperty("time", CLOCK.get());
        entry.add("messaging", messaging);
        JsonArray entries = new JsonArray();
        entries.add(entry);
        JsonObject body = new JsonObject();
        body.addProperty("object", "page");
        body.add("entry", entries);
        return body.toString();
    }

    private static JsonObject id(String value) {
        JsonObject id = new JsonObject();
        id.addProperty("id", value);
        return id;
    }
}
