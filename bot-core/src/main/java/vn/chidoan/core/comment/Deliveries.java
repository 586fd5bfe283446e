package vn.chidoan.core.comment;

import java.util.Optional;
import vn.chidoan.core.chat.ChatRef;

/**
 * Port: what the feature asks of the outbox about its posts: the platform id a post got in a chat
 * (to know which post a reply answers), and whether a person's private chat can be written to.
 */
public interface Deliveries {

    /** The platform's id of the message delivered under this outbox key, once delivered. */
    Optional<String> messageId(String outboxKey);

    /** Whether the bot may write to this chat (the person started it and did not block the bot). */
    boolean reachable(ChatRef chat);
}
