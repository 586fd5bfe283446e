package vn.chidoan.messenger;

import vn.chidoan.core.chat.Platform;
import vn.chidoan.core.chat.PlatformStatus;
import vn.chidoan.core.outbox.SendOutcome;

/**
 * Whether the Graph API answered lately: reachable after a call that got an answer, unreachable after
 * a network failure or a 5xx. The detail names the API base and the Page, never a token or secret.
 */
class MessengerStatus implements PlatformStatus {
    private final String apiBase;
    private final String page;
    private volatile boolean reachable;
    private volatile String lastError;

    MessengerStatus(String apiBase, String page) {
        this.apiBase = apiBase;
        this.page = page;
    }

    @Override
    public Platform platform() {
        return Platform.MESSENGER;
    }

    @Override
    public boolean reachable() {
        return reachable;
    }

    @Override
    public String detail() {
        String who = apiBase + " for page " + (page == null ? "?" : page);
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
