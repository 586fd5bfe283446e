package vn.chidoan.telegram;

import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.PlatformStatus;
import vn.chidoan.core.outbox.SendOutcome;

/**
 * Whether the Bot API answered lately: reachable after a call that got an answer, unreachable after a
 * network failure or a 5xx. The detail names the API base and the bot, never the token.
 */
class TelegramStatus implements PlatformStatus {
    private final String apiBase;
    private final BotIdentity bot;
    private volatile boolean reachable;
    private volatile String lastError;

    TelegramStatus(String apiBase, BotIdentity bot) {
        this.apiBase = apiBase;
        this.bot = bot;
    }

    @Override
    public Platform platform() {
        return Platform.TELEGRAM;
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public String detail() {
        String who = apiBase + " as @" + bot.username().orElse("?");
        String error = lastError;
        return reachable || error == null ? who : who + ", last error: " + error;
    }

    void answered() {
        reachable = true;
        lastError = null;
    }

    void failed(String reason) {
        reachable = false;
        lastError = reason;
    }

    void observed(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Transient t) {
            failed(t.reason());
        } else {
            answered();
        }
    }
}
