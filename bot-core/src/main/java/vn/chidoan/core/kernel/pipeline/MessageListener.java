package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.*;

/**
 * Reads plain messages that are neither commands nor part of a dialogue, such as a reply to the bot's
 * post. Returns true when it took the message.
 */
public interface MessageListener {
    boolean onMessage(MessageContext ctx);
}
