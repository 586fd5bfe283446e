package vn.chidoan.sandbox;

import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * The sandbox's own raw event, as stored in the inbound journal: the page's typing, presses and the
 * bot being added to a new group, in the shape a webhook would carry them.
 *
 * @param type one of {@code message}, {@code button}, {@code membership}
 */
record SandboxEvent(String type, String chat, ChatKind kind, Who from, String text, String messageId,
        String replyTo, boolean replyToBot, Who repliedTo, Upload file, String data, String callbackId,
        String title, Inbound.BotStatus status) {

    static final String MESSAGE = "message";
    static final String BUTTON = "button";
    static final String MEMBERSHIP = "membership";

    /** A persona as the platform describes them. */
    record Who(String id, String name) {
        static Who of(Persona persona) {
            return persona == null ? null : new Who(persona.id(), persona.name());
        }
    }

    /** A file sent with a message, by its sandbox file id. */
    record Upload(String id, String kind, String name, String mime) {
    }

    static SandboxEvent message(String chat, ChatKind kind, Persona from, String text, String messageId,
            SandboxView.Message replyTo, Persona repliedTo, SandboxView.File file) {
        Upload upload = file == null ? null : new Upload(file.id(), file.kind(), file.name(), file.mime());
        return new SandboxEvent(MESSAGE, chat, kind, Who.of(from), text, messageId,
                replyTo == null ? null : replyTo.id(), replyTo != null && replyTo.from() == null, Who.of(repliedTo),
                upload, null, null, null, null);
    }

    static SandboxEvent press(String chat, ChatKind kind, Persona from, String messageId, String data,
            String callbackId) {
        return new SandboxEvent(BUTTON, chat, kind, Who.of(from), null, messageId, null, false, null, null, data,
                callbackId, null, null);
    }

    static SandboxEvent botAdded(String chat, String title, Persona by) {
        return new SandboxEvent(MEMBERSHIP, chat, ChatKind.GROUP, Who.of(by), null, null, null, false, null, null,
                null, null, title, Inbound.BotStatus.ADDED);
    }
}
