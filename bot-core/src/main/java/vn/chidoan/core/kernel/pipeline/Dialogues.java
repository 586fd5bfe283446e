package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.BranchChoices;

/**
 * Port: the speaker's active dialogue in a chat, if any, gets their plain messages before any
 * {@link MessageListener}. Implemented by the conversation feature.
 */
public interface Dialogues {

    /** Gives the message to the speaker's active dialogue in its chat; false when there is none. */
    boolean offer(MessageContext ctx);

    /**
     * Asks which branch the branch command in {@code ctx} is for: the first page of choices as buttons,
     * more by page or by typing part of a name; the pick runs it through {@link BranchCommands#run}.
     */
    void askBranch(CommandContext ctx, BranchChoices.Page first);
}
