package vn.chidoan.core.kernel.pipeline;

import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * Answers to one inbound event. Every message goes through the outbox under a key derived from the
 * event's key and its order ({@code in:<event key>:<n>}), so handling the same event again stores
 * nothing new.
 */
public final class Replies {
    private final Outbox outbox;
    private final Texts texts;
    private final String eventKey;
    private final ChatRef chat;
    private final String threadId;
    private final String lang;
    private int sequence;

    public Replies(Outbox outbox, Texts texts, String eventKey, ChatRef chat, String threadId, String lang) {
        this.outbox = outbox;
        this.texts = texts;
        this.eventKey = eventKey;
        this.chat = chat;
        this.threadId = threadId;
        this.lang = lang;
    }

    /** Replies in the same chat (and forum topic) with a template. */
    public void say(String templateKey, Map<String, ?> model) {
        send(OutgoingMessage.text(texts.render(templateKey, lang, model)));
    }

    public void say(String templateKey) {
        say(templateKey, Map.of());
    }

    public void say(String templateKey, Map<String, ?> model, List<List<Button>> buttons) {
        send(OutgoingMessage.text(texts.render(templateKey, lang, model)).withButtons(buttons));
    }

    /** Replies in the same chat (and forum topic). */
    public void send(OutgoingMessage message) {
        OutgoingMessage inThread = message.threadId() == null ? message.inThread(threadId) : message;
        outbox.enqueue(nextKey(), chat, inThread, Priority.INTERACTIVE);
    }

    /** Sends to another chat, such as the caller's private chat; no thread is carried over. */
    public void sendTo(ChatRef target, OutgoingMessage message) {
        outbox.enqueue(nextKey(), target, message, Priority.INTERACTIVE);
    }

    public RichText render(String templateKey, Map<String, ?> model) {
        return texts.render(templateKey, lang, model);
    }

    /** A button label from a template, in the caller's language. */
    public String label(String templateKey) {
        return texts.plain(templateKey, lang);
    }

    public String lang() {
        return lang;
    }

    public ChatRef chat() {
        return chat;
    }

    public String eventKey() {
        return eventKey;
    }

    private String nextKey() {
        sequence++;
        return "in:" + eventKey + ":" + sequence;
    }
}
