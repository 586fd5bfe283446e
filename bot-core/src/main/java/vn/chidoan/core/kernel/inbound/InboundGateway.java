package vn.chidoan.core.kernel.inbound;

import vn.chidoan.core.kernel.chat.Platform;

/**
 * Public API: adapters hand each raw platform event here. It is stored under {@code key} (Telegram
 * {@code telegram:update:<update_id>}, Messenger {@code messenger:mid:<mid>}) before anything else
 * happens, durably: once {@link #accept} returns ACCEPTED or DUPLICATE the adapter may acknowledge it.
 * A key seen before is acknowledged and ignored. Events of one {@code lane} (a chat) are handled one
 * at a time, in order. BUSY means the event was not stored because this instance is saturated: the
 * adapter answers so that the platform sends it again later (a webhook's 503, polling waits).
 */
public interface InboundGateway {

    enum Acceptance {
        ACCEPTED, DUPLICATE, BUSY
    }

    Acceptance accept(Platform platform, String key, String lane, String payload);
}
