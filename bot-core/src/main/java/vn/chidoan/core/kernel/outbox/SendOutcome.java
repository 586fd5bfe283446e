package vn.chidoan.core.kernel.outbox;

import java.time.Duration;
import vn.chidoan.core.kernel.chat.ChatRef;

/** How one send attempt ended, as the platform sender classified the platform's answer. */
public sealed interface SendOutcome {

    /**
     * Sent; {@code messageId} is the platform's id for the (first part of the) message, {@code pollRef}
     * the platform's own id of the native poll it carried (answers name the poll by it), else null.
     */
    record Delivered(String messageId, String pollRef) implements SendOutcome {
        public Delivered(String messageId) {
            this(messageId, null);
        }
    }

    /** Rate limited: try again no earlier than {@code delay} from now (Telegram 429 retry_after). */
    record RetryAfter(Duration delay) implements SendOutcome {
    }

    /** A server error or a network failure: retry with backoff. */
    record Transient(String reason) implements SendOutcome {
    }

    /** The chat or user cannot be reached (kicked, blocked): mark it and send nothing more there. */
    record Unreachable(String reason) implements SendOutcome {
    }

    /** The group became a supergroup with a new id: move the branch and resend there. */
    record Moved(ChatRef to) implements SendOutcome {
    }

    /** Cannot be sent now by platform rule (Messenger 24-hour window): kept until it can. */
    record Held(String reason) implements SendOutcome {
    }

    /** Cannot ever be sent as it is: recorded as failed with the reason. */
    record Failed(String reason) implements SendOutcome {
    }
}
