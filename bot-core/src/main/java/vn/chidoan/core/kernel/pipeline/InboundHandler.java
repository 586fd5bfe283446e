package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Inbound;

/**
 * Handles one decoded inbound event. {@code eventKey} is unique per event and stable across replays;
 * everything the handling writes is keyed from it, so handling twice has the effect of once.
 */
public interface InboundHandler {
    void handle(String eventKey, Inbound event);
}
