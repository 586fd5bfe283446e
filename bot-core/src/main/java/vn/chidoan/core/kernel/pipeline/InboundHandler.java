package vn.chidoan.core.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * Handles one decoded inbound event. {@code eventKey} is unique per event and stable across replays;
 * everything the handling writes is keyed from it, so handling twice has the effect of once.
 */
public interface InboundHandler {
    void handle(String eventKey, Inbound event);

    /**
     * Handles everything one stored platform event decoded to, in order: the first under the stored
     * event's {@code key}, the i-th after it under {@code key#i}. {@code receivedAt} is when the
     * platform delivered it.
     */
    default void handleAll(String key, List<Inbound> events, Instant receivedAt) {
        for (int i = 0; i < events.size(); i++) {
            handle(i == 0 ? key : key + "#" + i, events.get(i));
        }
    }
}
