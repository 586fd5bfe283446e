package vn.chidoan.core.kernel.outbox;

import java.util.List;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * Port: what a feature asks the outbox about what it sent: the platform id a message got in its
 * chat (to edit a post's counts in place, or to know which post a reply answers), whether a
 * person's private chat can be written to, and how a post to many chats is going. Features depend on
 * this, not on the outbox's stores, so their tests can say what was delivered.
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

    /**
     * How the messages stored under keys that start with {@code keyPrefix} stand now (a notice to
     * thousands of chats: {@code notice:12:chat:}), with at most {@code failuresShown} of the failed ones
     * and why. One read of the outbox, so a caller asks every few seconds at most.
     */
    Batch batch(String keyPrefix, int failuresShown);

    /**
     * Messages of one batch: still to go (waiting, or being sent), delivered (or carried to the person's
     * other platform), held for a messaging window, failed for good.
     */
    record Batch(long waiting, long delivered, long held, long failed, List<Failure> failures) {
        public Batch {
            failures = List.copyOf(failures);
        }

        public long total() {
            return waiting + delivered + held + failed;
        }
    }

    /** A message that will not be delivered: where it was for, and the reason the platform or the outbox gave. */
    record Failure(ChatRef chat, String reason) {
    }
}
