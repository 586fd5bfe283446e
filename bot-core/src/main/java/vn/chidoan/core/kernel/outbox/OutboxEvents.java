package vn.chidoan.core.kernel.outbox;

import vn.chidoan.core.kernel.chat.ChatRef;

/** Past-tense events the outbox publishes for other features (org moves a branch's chat, marks it). */
public final class OutboxEvents {
    private OutboxEvents() {
    }

    /** The platform said the bot can no longer write to this chat (kicked from the group, blocked). */
    public record ChatBecameUnreachable(ChatRef chat, String reason) {
    }

    /** The platform said this chat now lives under a new id (group upgraded to supergroup). */
    public record ChatMoved(ChatRef from, ChatRef to) {
    }
}
