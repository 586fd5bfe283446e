package vn.chidoan.core.kernel.outbox;

import java.util.Optional;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * Port: what a feature asks the outbox about what it sent: the platform id a message got in its
 * chat (to edit a post's counts in place, or to know which post a reply answers), and whether a
 * person's private chat can be written to. Features depend on this, not on the outbox's stores, so
 * their tests can say what was delivered.
 */
public interface Deliveries {

    /** The platform's id of the message delivered under this outbox key, once delivered. */
    Optional<String> messageId(String outboxKey);

    /**
     * Whether a message to this chat would go now: the person wrote to the bot, started or unblocked it
     * and has not blocked it since (or the platform lets the bot write first). A person the bot never
     * heard from in private is not reachable on Telegram: offer them a link that opens the chat.
     */
    boolean reachable(ChatRef chat);
}
