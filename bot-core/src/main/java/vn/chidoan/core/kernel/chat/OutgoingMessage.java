package vn.chidoan.core.kernel.chat;

import java.util.List;

/**
 * What the bot says: neutral rich text, rows of buttons, optionally a file, optionally in a thread
 * (forum topic), optionally replacing an earlier message of the bot's ({@code editOf}, where the
 * platform can edit; elsewhere it is sent anew: with a file, where it can edit media, see
 * {@link Capabilities#editsMedia()}), optionally with a {@link MessageTag} that lets it through a
 * platform's messaging window; or a native {@link ChatPoll} where the platform draws polls (an edit of
 * one that is {@link ChatPoll#closed()} stops it).
 */
public record OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment,
        String threadId, String editOf, MessageTag tag, ChatPoll poll) {

    public OutgoingMessage {
        buttons = buttons == null ? List.of() : buttons.stream().map(List::copyOf).toList();
    }

    /** A message that is no poll. */
    public OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment, String threadId,
            String editOf, MessageTag tag) {
        this(text, buttons, attachment, threadId, editOf, tag, null);
    }

    /** A message with no tag. */
    public OutgoingMessage(RichText text, List<List<Button>> buttons, Attachment attachment, String threadId,
            String editOf) {
        this(text, buttons, attachment, threadId, editOf, null, null);
    }

    public static OutgoingMessage text(RichText text) {
        return new OutgoingMessage(text, List.of(), null, null, null, null, null);
    }

    /** A native poll, where {@link Capabilities#nativePolls} says the platform draws them. */
    public static OutgoingMessage poll(ChatPoll poll) {
        return new OutgoingMessage(null, List.of(), null, null, null, null, poll);
    }

    public OutgoingMessage withButtons(List<List<Button>> rows) {
        return new OutgoingMessage(text, rows, attachment, threadId, editOf, tag, poll);
    }

    public OutgoingMessage inThread(String thread) {
        return new OutgoingMessage(text, buttons, attachment, thread, editOf, tag, poll);
    }

    public OutgoingMessage withAttachment(Attachment file) {
        return new OutgoingMessage(text, buttons, file, threadId, editOf, tag, poll);
    }

    public OutgoingMessage editing(String messageId) {
        return new OutgoingMessage(text, buttons, attachment, threadId, messageId, tag, poll);
    }

    /** The same message, allowed outside a messaging window for the reason {@code why}. */
    public OutgoingMessage tagged(MessageTag why) {
        return new OutgoingMessage(text, buttons, attachment, threadId, editOf, why, poll);
    }

    /** The same content as a new message in another chat: no thread, nothing to edit there. */
    public OutgoingMessage elsewhere() {
        return new OutgoingMessage(text, buttons, attachment, null, null, tag, poll);
    }
}
