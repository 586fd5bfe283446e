package vn.chidoan.messenger;

import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.outbox.ApiStatus;

/**
 * Whether the Graph API answered lately: reachable after a call that got an answer, unreachable after
 * a network failure or a 5xx. The detail names the API base and the Page, never a token or secret.
 */
class MessengerStatus extends ApiStatus {
    MessengerStatus(String apiBase, String page) {
        super(Platform.MESSENGER, () -> apiBase + " for page " + (page == null ? "?" : page));
    }
}
