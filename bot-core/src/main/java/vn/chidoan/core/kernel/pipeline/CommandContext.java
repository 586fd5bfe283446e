package vn.chidoan.core.kernel.pipeline;

import java.util.Map;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.Inbound;

/** A command as the pipeline passed it on: who, what they typed after the command word, and a way to answer. */
public record CommandContext(Caller caller, Inbound.MessageReceived message, String command, String args,
        Replies replies) {

    public boolean hasArgs() {
        return !args.isBlank();
    }

    /** The outbox key of what this command sends besides its replies: {@code in:<event>:<what>}, once per event. */
    public String keyOf(String what) {
        return "in:" + replies.eventKey() + ":" + what;
    }

    /**
     * Sends an answer that names people (a form's list, a notice's results) to the caller's private chat,
     * wherever they asked, under {@code in:<event>:results}; asked in a group, the group hears where it went
     * ({@code sentPrivate} with {@code model}).
     */
    public void answerPrivately(PrivateAnswer answer, String sentPrivate, Map<String, Object> model) {
        answer.send(caller.user().privateChat(), replies.lang(), keyOf("results"));
        if (message.kind() == ChatKind.GROUP) {
            replies.say(sentPrivate, model);
        }
    }

    /** Writes the answer to {@code chat} in {@code lang} under {@code key}. */
    @FunctionalInterface
    public interface PrivateAnswer {
        void send(ChatRef chat, String lang, String key);
    }
}
