package vn.chidoan.core.kernel.outbox;

import java.util.Collection;
import java.util.Map;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * Port: where a new message for a chat goes. Kept by {@code outbox/chats} (which learns from the
 * platforms that a chat moved or cannot be written to); read by the outbox when it stores a message.
 */
public interface ChatRoutes {

    /** Where a message for {@code chat} should go: the chat it moved to, if any, and whether it is reachable. */
    record Route(ChatRef chat, String unreachable) {
        public boolean reachable() {
            return unreachable == null;
        }
    }

    Route route(ChatRef chat);

    /** {@link #route} of many chats, in one read for those that never moved nor became unreachable. */
    Map<ChatRef, Route> routes(Collection<ChatRef> chats);
}
