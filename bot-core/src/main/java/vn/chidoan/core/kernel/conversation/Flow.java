package vn.chidoan.core.kernel.conversation;

import java.time.Duration;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * A dialogue, declared: its name, how long it waits for an answer, and what each step does with the
 * text (or a {@code dlg:<choice>} button) the speaker sends. Steps reply through the dialogue's
 * {@link Dialogue#replies()} and throw {@link vn.chidoan.core.kernel.chat.BadInput} for input they cannot
 * use, which keeps the dialogue where it was.
 */
public interface Flow {
    String name();

    Duration timeout();

    Next onText(Dialogue dialogue, String text);

    /**
     * The whole message the speaker sent, for steps that take a file as well as text; by default its
     * text, stripped, goes to {@link #onText}.
     */
    default Next onMessage(Dialogue dialogue, Inbound.MessageReceived message) {
        return onText(dialogue, message.text() == null ? "" : message.text().strip());
    }

    /** A press on a button made with {@link Conversations#button}. */
    default Next onButton(Dialogue dialogue, String choice) {
        return Next.stay();
    }
}
