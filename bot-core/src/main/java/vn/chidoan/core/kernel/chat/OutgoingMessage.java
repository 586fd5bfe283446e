package vn.chidoan.core.kernel.chat;

import java.util.List;

/**
 * What the bot says: neutral rich text, rows of buttons, optionally a file, optionally in a thread
 * (forum topic), optionally replacing an earlier message of the bot's ({@code editOf}, where the
 * platform can edit; elsewhere it is sent anew: with a file, where it can edit media, see
 * {@link Capabilities#editsMedia()}), optionally with a {@link MessageTag} that lets it through a
 * platform's messaging window.
 */
public record OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment,
        String threadId, String editOf, MessageTag tag) {

    public OutgoingMessage {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    /** A message with no tag. */
    public OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment, String threadId,
            String editOf) {
        this(text, buttons, attachment, threadId, editOf, null);
    }

    public static OutgoingMessage text(RichText text) {
        return new OutgoingMessage(text, List.of(), null, null, null, null);
    }

    public OutgoingMessage withButtons(List<List<Button>> rows) {
        return new OutgoingMessage(text, rows, attachment, threadId, editOf, tag);
    }

    public OutgoingMessage inThread(String thread) {
        return new OutgoingMessage(text, buttons, attachment, thread, editOf, tag);
    }

    public OutgoingMessage withAttachment(Attachment file) {
        return new OutgoingMessage(text, buttons, file, threadId, editOf, tag);
    }

    public OutgoingMessage editing(String messageId) {
        return new OutgoingMessage(text, buttons, attachment, threadId, messageId, tag);
    }

    /** The same message, allowed outside a messaging window for the reason {@code why}. */
    public OutgoingMessage tagged(MessageTag why) {
        return new OutgoingMessage(text, buttons, attachment, threadId, editOf, why);
    }

    /** The same content as a new message in another chat: no thread, nothing to edit there. */
    public OutgoingMessage elsewhere() {
        return new OutgoingMessage(text, buttons, attachment, null, null, tag);
    }
}
