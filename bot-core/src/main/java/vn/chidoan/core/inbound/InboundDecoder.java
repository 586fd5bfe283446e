package vn.chidoan.core.inbound;

import java.util.List;
import vn.chidoan.core.chat.Inbound;
import vn.chidoan.core.chat.Platform;

/**
 * Port: turns one stored raw event of a platform into chat-contract events (none for what the bot
 * does not use, such as a channel post or a delivery receipt). Implemented by each adapter.
 */
public interface InboundDecoder {
    Platform platform();

    List<Inbound> decode(String payload);
}
