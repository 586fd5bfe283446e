package vn.chidoan.core.kernel.inbound;

import vn.chidoan.core.kernel.chat.Platform;

/**
 * Public API: adapters hand each raw platform event here. It is stored under {@code key} (Telegram
 * {@code telegram:update:<update_id>}, Messenger {@code messenger:mid:<mid>}) before anything else
 * happens; a key seen before is acknowledged and ignored. Events of one {@code lane} (a chat) are
 * handled one at a time, in order.
 */
public interface InboundGateway {

    enum Acceptance {
        ACCEPTED, DUPLICATE
    }

    Acceptance accept(Platform platform, String key, String lane, String payload);
}
