package vn.chidoan.core.meeting;

import java.util.Optional;

/** Port: the platform id of a message the outbox delivered, so an invitation's counts can be edited in place. */
interface SentMessages {
    Optional<String> idOf(String outboxKey);
}
