package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

/** Reacts to the bot's own membership in chats and to chats that moved to a new id. */
public interface ChatEventListener {
    default void onBotMembership(Inbound.BotMembershipChanged event, Replies replies) {
    }

    default void onChatMigrated(Inbound.ChatMigrated event) {
    }
}
