package vn.chidoan.core.kernel.inbound;

import java.util.List;
import vn.chidoan.core.kernel.chat.Inbound;
import vn.chidoan.core.kernel.chat.Platform;

/**
 * Port: turns one stored raw event of a platform into chat-contract events (none for what the bot
 * does not use, such as a channel post or a delivery receipt). Implemented by each adapter.
 */
public interface InboundDecoder {
    Platform platform();

    List<Inbound> decode(String payload);
}
