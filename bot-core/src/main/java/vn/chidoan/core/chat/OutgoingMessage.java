package vn.chidoan.core.chat;

import java.util.List;

/**
 * What the bot says: neutral rich text, rows of buttons, optionally a file, optionally in a thread
 * (forum topic), optionally replacing an earlier message of the bot's ({@code editOf}, where the
 * platform can edit; elsewhere it is sent anew).
 */
public record OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment,
        String threadId, String editOf) {

    public OutgoingMessage {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    public static OutgoingMessage text(RichText text) {
        return new OutgoingMessage(text, List.of(), null, null, null);
    }

    public OutgoingMessage withButtons(List<List<Button>> rows) {
        return new OutgoingMessage(text, rows, attachment, threadId, editOf);
    }

    public OutgoingMessage inThread(String thread) {
        return new OutgoingMessage(text, buttons, attachment, thread, editOf);
    }

    public OutgoingMessage withAttachment(Attachment file) {
        return new OutgoingMessage(text, buttons, file, threadId, editOf);
    }

    public OutgoingMessage editing(String messageId) {
        return new OutgoingMessage(text, buttons, attachment, threadId, messageId);
    }
}
