package vn.chidoan.telegram;

import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.ApiStatus;

/**
 * Whether the Bot API answered lately: reachable after a call that got an answer, unreachable after a
 * network failure or a 5xx. The detail names the API base and the bot, never the token.
 */
class TelegramStatus extends ApiStatus {
    TelegramStatus(String apiBase, BotIdentity bot) {
        super(Platform.TELEGRAM, () -> apiBase + " as @" + bot.username().orElse("?"));
    }
}
