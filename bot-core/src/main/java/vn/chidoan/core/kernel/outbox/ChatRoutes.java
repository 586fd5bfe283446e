package vn.chidoan.core.kernel.outbox;

import java.util.Collection;
import java.util.Map;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * Port: where a new message for a chat goes, and whether it can go. Kept by {@code outbox/chats}, the
 * one owner of a chat's reachability (it learns it from the platforms: their answers to sends and the
 * events they deliver); read by the outbox when it stores a message, and by the organisation to know
 * which of a branch's groups the bot is still in.
 */
public interface ChatRoutes {

    /**
     * Where a message for {@code chat} should go: the chat it moved to, if any; why it cannot go, if the
     * platform said so ({@code unreachable}); and whether the platform has shown that the bot may write
     * there ({@code confirmed}: the person wrote to the bot, started or unblocked it; the bot was added
     * to the group). Neither said is unknown: a message is tried.
     */
    record Route(ChatRef chat, String unreachable, boolean confirmed) {
        public boolean reachable() {
            return unreachable == null;
        }
    }

    Route route(ChatRef chat);

    /** {@link #route} of many chats, in one read for all but those that moved. */
    Map<ChatRef, Route> routes(Collection<ChatRef> chats);
}
