package vn.chidoan.core.kernel.conversation;

import java.time.Duration;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Role;

/**
 * A dialogue, declared (python-telegram-bot's {@code ConversationHandler} shape): its name, the type
 * of its states, how long it waits for an answer, the least role the speaker must keep on the
 * dialogue's unit, and what each state does with the text (or {@code dlg:<choice>} button) the
 * speaker sends. The entry points are the commands and buttons that call {@link Conversations#start};
 * {@code /huy} and the timeout are the fallbacks every dialogue has.
 *
 * <p>A state is a record (or a sealed interface of records, one per step) stored as a document, so
 * each step carries exactly what it needs, typed. Steps reply through {@link Dialogue#replies()} and
 * throw {@link vn.chidoan.core.kernel.chat.BadInput} for input they cannot use, which keeps the
 * dialogue where it was.
 *
 * @param <S> the states
 */
public interface Flow<S> {
    String name();

    /** The type every state of this flow has; a stored state is read back as it. */
    Class<S> stateType();

    Duration timeout();

    /**
     * The least role the speaker must hold on the dialogue's unit (fixed when it starts) at every step;
     * checked again before each step runs, so a dialogue never acts with rights its speaker lost.
     */
    default Role minRole() {
        return Role.GUEST;
    }

    Next<S> onText(Dialogue<S> dialogue, String text);

    /**
     * The whole message the speaker sent, for steps that take a file as well as text; by default its
     * text, stripped, goes to {@link #onText}.
     */
    default Next<S> onMessage(Dialogue<S> dialogue, Inbound.MessageReceived message) {
        return onText(dialogue, message.text() == null ? "" : message.text().strip());
    }

    /** A press on a button made with {@link Conversations#button}. */
    default Next<S> onButton(Dialogue<S> dialogue, String choice) {
        return Next.stay();
    }
}
