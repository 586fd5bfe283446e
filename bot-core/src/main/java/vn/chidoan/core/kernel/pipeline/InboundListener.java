package vn.chidoan.core.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * Told, around the handling of each stored platform event, what it decoded to: before any of it is
 * handled and after all of it was. For what follows from someone having written at all, whatever they
 * wrote (a messaging window opens, held messages may go).
 */
public interface InboundListener {
    /** Before the events are handled; {@code receivedAt} is when the platform delivered them. */
    default void before(List<Inbound> events, Instant receivedAt) {
    }

    /** After every one of the events was handled. */
    default void after(List<Inbound> events) {
    }
}
