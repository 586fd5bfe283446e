package vn.chidoan.messenger;

import com.github.messenger4j.webhook.Event;
import com.github.messenger4j.webhook.event.AttachmentMessageEvent;
import com.github.messenger4j.webhook.event.PostbackEvent;
import com.github.messenger4j.webhook.event.common.Referral;
import com.github.messenger4j.webhook.event.attachment.RichMediaAttachment;
import com.github.messenger4j.webhook.factory.EventFactory;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.inbound.InboundDecoder;

/**
 * One stored Messenger event into the chat contract, read by messenger4j (its event factory, the part
 * of {@code onReceiveEvents} after the signature check, which the webhook has done on the raw bytes).
 * A text is a message in the person's private chat; a quick reply or postback is a press on the
 * button whose data is its payload; an {@code m.me} referral ({@code ref}, alone or with the "Get
 * Started" postback) and a plugin opt-in's {@code ref} are {@code /start <ref>}, so onboarding is
 * Telegram's; the "Get Started" postback alone is {@code /start}; a file or image is a message with an
 * attachment. Receipts and echoes give nothing.
 */
class MessengerDecoder implements InboundDecoder {
    /** The payload of the "Get Started" button, which {@link MessengerStartup} sets on the Page. */
    static final String GET_STARTED = "GET_STARTED";

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    @Override
    public List<Inbound> decode(String payload) {
        List<Inbound> decoded = new ArrayList<>();
        JsonObject body = JsonParser.parseString(payload).getAsJsonObject();
        for (JsonElement entry : body.getAsJsonArray("entry")) {
            JsonArray messaging = entry.getAsJsonObject().getAsJsonArray("messaging");
            for (JsonElement item : messaging == null ? new JsonArray() : messaging) {
                decode(EventFactory.createEvent(normalised(item.getAsJsonObject()))).ifPresent(decoded::add);
            }
        }
        return decoded;
    }

    /** 2016 postbacks carry no {@code title}, which messenger4j requires. */
    private static JsonObject normalised(JsonObject event) {
        JsonObject copy = event.deepCopy();
        if (copy.get("postback") instanceof JsonObject postback && !postback.has("title")) {
            postback.addProperty("title", "");
        }
        return copy;
    }

    private Optional<Inbound> decode(Event event) {
        if (event.isTextMessageEvent()) {
            var text = event.asTextMessageEvent();
            return Optional.of(message(event, text.text(), text.messageId(), null));
        }
        if (event.isQuickReplyMessageEvent()) {
            var reply = event.asQuickReplyMessageEvent();
            return Optional.of(press(event, reply.payload(), reply.messageId()));
        }
        if (event.isPostbackEvent()) {
            return postback(event, event.asPostbackEvent());
        }
        if (event.isReferralEvent()) {
            return start(event, event.asReferralEvent().referral().refPayload());
        }
        if (event.isOptInEvent() && event.asOptInEvent().refPayload().isPresent()) {
            return start(event, event.asOptInEvent().refPayload());
        }
        if (event.isAttachmentMessageEvent()) {
            return attachment(event, event.asAttachmentMessageEvent());
        }
        return Optional.empty();
    }

    private Optional<Inbound> postback(Event event, PostbackEvent postback) {
        Optional<String> ref = postback.referral().flatMap(Referral::refPayload);
        if (ref.isPresent()) {
            return start(event, ref);
        }
        String data = postback.payload().orElse("");
        if (data.isEmpty() || GET_STARTED.equals(data)) {
            return Optional.of(message(event, "/start", null, null));
        }
        return Optional.of(press(event, data, null));
    }

    private Optional<Inbound> start(Event event, Optional<String> ref) {
        return ref.filter(r -> !r.isBlank()).map(r -> message(event, "/start " + r.strip(), null, null));
    }

    private Optional<Inbound> attachment(Event event, AttachmentMessageEvent message) {
        return message.attachments().stream().filter(a -> a.isRichMediaAttachment())
                .map(a -> a.asRichMediaAttachment()).findFirst()
                .map(media -> message(event, "", message.messageId(), file(media)));
    }

    private static Attachment file(RichMediaAttachment media) {
        String url = media.url().toString();
        String path = media.url().getPath();
        String name = path == null || path.endsWith("/") ? null : path.substring(path.lastIndexOf('/') + 1);
        Attachment.Kind kind = media.type() == RichMediaAttachment.Type.IMAGE ? Attachment.Kind.PHOTO
                : Attachment.Kind.DOCUMENT;
        return Attachment.inbound(kind, url, kind == Attachment.Kind.PHOTO ? null : name, null);
    }

    private static Inbound.MessageReceived message(Event event, String text, String messageId, Attachment file) {
        return new Inbound.MessageReceived(chat(event), ChatKind.PRIVATE, speaker(event), text, null, messageId, false,
                null, file);
    }

    /** A press: the payload is the button's data; the event's own id stands for Telegram's callback id. */
    private static Inbound.ButtonPressed press(Event event, String data, String messageId) {
        String id = messageId != null ? messageId : event.senderId() + ":" + event.timestamp().toEpochMilli();
        return new Inbound.ButtonPressed(chat(event), ChatKind.PRIVATE, speaker(event), data, messageId, null, id);
    }

    private static ChatRef chat(Event event) {
        return new ChatRef(Platform.MESSENGER, event.senderId());
    }

    /** Messenger sends no name with an event: the person types theirs when they join. */
    private static Speaker speaker(Event event) {
        return new Speaker(new UserRef(Platform.MESSENGER, event.senderId()), null, null, null);
    }
}
