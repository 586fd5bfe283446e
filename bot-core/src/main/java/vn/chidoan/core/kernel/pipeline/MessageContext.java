package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;

/** A plain message (not a command, not part of a dialogue) with its speaker and a way to answer. */
public record MessageContext(Caller caller, Inbound.MessageReceived message, Replies replies) {
}
