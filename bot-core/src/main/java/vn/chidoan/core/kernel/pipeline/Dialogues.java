package vn.chidoan.core.kernel.pipeline;

/**
 * Port: the speaker's active dialogue in a chat, if any, gets their plain messages before any
 * {@link MessageListener}. Implemented by the conversation feature.
 */
public interface Dialogues {

    /** Gives the message to the speaker's active dialogue in its chat; false when there is none. */
    boolean offer(MessageContext ctx);
}
