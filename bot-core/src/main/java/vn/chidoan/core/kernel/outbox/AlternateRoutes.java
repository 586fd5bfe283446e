package vn.chidoan.core.kernel.outbox;

import java.util.List;
import vn.chidoan.core.kernel.chat.ChatRef;

/**
 * Port: the same person's private chats on their other platforms, for a message the platform of
 * {@code privateChat} will not take now (Messenger outside its 24-hour window). Implemented by the
 * member feature from the accounts a person linked; the outbox picks the first it can send to.
 */
public interface AlternateRoutes {

    /** Private chats of the person behind {@code privateChat} on other platforms, best first; empty if none. */
    List<ChatRef> alternativesTo(ChatRef privateChat);
}
