package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;

/** A command as the pipeline passed it on: who, what they typed after the command word, and a way to answer. */
public record CommandContext(Caller caller, Inbound.MessageReceived message, String command, String args,
        Replies replies) {

    public boolean hasArgs() {
        return !args.isBlank();
    }
}
