package vn.chidoan.core.conversation;

import java.time.Duration;

/**
 * A dialogue, declared: its name, how long it waits for an answer, and what each step does with the
 * text (or a {@code dlg:<choice>} button) the speaker sends. Steps reply through the dialogue's
 * {@link Dialogue#replies()} and throw {@link vn.chidoan.core.chat.BadInput} for input they cannot
 * use, which keeps the dialogue where it was.
 */
public interface Flow {
    String name();

    Duration timeout();

    Next onText(Dialogue dialogue, String text);

    /** A press on a button made with {@link Conversations#button}. */
    default Next onButton(Dialogue dialogue, String choice) {
        return Next.stay();
    }
}
