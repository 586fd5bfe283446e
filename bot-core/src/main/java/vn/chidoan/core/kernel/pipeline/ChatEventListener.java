package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

/**
 * Reacts to the bot's own membership in chats, to chats that moved to a new id, and to what the
 * platform reports of the bot's native polls (an answer naming its voter, or an anonymous poll's counts).
 */
public interface ChatEventListener {
    default void onBotMembership(Inbound.BotMembershipChanged event, Replies replies) {
    }

    default void onChatMigrated(Inbound.ChatMigrated event) {
    }

    /** A named answer to a native poll; {@code voter} as the pipeline resolved them in their private chat. */
    default void onPollAnswered(Inbound.PollAnswered event, Caller voter) {
    }

    default void onPollCounted(Inbound.PollCounted event) {
    }
}
