package vn.chidoan.core.kernel.outbox;

import vn.chidoan.core.kernel.chat.ChatRef;

/** Past-tense events the outbox publishes for other modules (org moves a branch's chat). */
public final class OutboxEvents {
    private OutboxEvents() {
    }

    /** The platform said this chat now lives under a new id (group upgraded to supergroup). */
    public record ChatMoved(ChatRef from, ChatRef to) {
    }
}
