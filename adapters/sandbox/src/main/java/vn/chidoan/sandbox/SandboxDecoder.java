package vn.chidoan.sandbox;

import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.inbound.InboundDecoder;
import vn.chidoan.core.kernel.text.CleanText;

/** Turns a stored {@link SandboxEvent} into the chat contract; an unknown type says nothing. */
final class SandboxDecoder implements InboundDecoder {
    /** Lenient on what it reads: a field left out (an older event in the journal) takes its default. */
    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Override
    public Platform platform() {
        return Platform.SANDBOX;
    }

    @Override
    public List<Inbound> decode(String payload) {
        SandboxEvent event = JSON.readValue(payload, SandboxEvent.class);
        ChatRef chat = new ChatRef(Platform.SANDBOX, event.chat());
        return switch (event.type()) {
            case SandboxEvent.MESSAGE -> List.of(new Inbound.MessageReceived(chat, event.kind(), speaker(event.from()),
                    event.text(), null, event.messageId(), event.replyToBot(), event.replyTo(),
                    attachment(event.file()), speaker(event.repliedTo())));
            case SandboxEvent.BUTTON -> List.of(new Inbound.ButtonPressed(chat, event.kind(), speaker(event.from()),
                    event.data(), event.messageId(), null, event.callbackId()));
            case SandboxEvent.MEMBERSHIP -> List.of(new Inbound.BotMembershipChanged(chat, event.kind(),
                    CleanText.profileName(event.title()), speaker(event.from()), event.status()));
            default -> List.of();
        };
    }

    static String encode(SandboxEvent event) {
        return JSON.writeValueAsString(event);
    }

    private static Speaker speaker(SandboxEvent.Who who) {
        return who == null ? null : new Persona(who.id(), who.name()).speaker();
    }

    private static Attachment attachment(SandboxEvent.Upload file) {
        return file == null ? null
                : Attachment.inbound(Attachment.Kind.valueOf(file.kind()), file.id(), file.name(), file.mime());
    }
}
