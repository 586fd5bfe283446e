package vn.chidoan.core.kernel.outbox;

import vn.chidoan.core.kernel.chat.ChatRef;

/** Past-tense events the outbox publishes for other modules (org moves a branch's chat). */
public final class OutboxEvents {
    private OutboxEvents() {
    }

    /** The platform said this chat now lives under a new id (group upgraded to supergroup). */
    public record ChatMoved(ChatRef from, ChatRef to) {
    }

    /**
     * A native poll was delivered under outbox key {@code key} as message {@code messageId}; the platform
     * knows it as {@code pollRef}, which its answers name. Published before the delivery is recorded, so
     * a listener that stores it keeps it even if the process stops right after.
     */
    public record PollDelivered(String key, ChatRef chat, String messageId, String pollRef) {
    }
}
