package vn.chidoan.core.features.fee;

import java.util.Optional;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.PrivateChannel;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.pipeline.RequestButtons;

/**
 * A family of fee buttons {@code <prefix>:<action>:<argument>} ({@link FeeButtons} the member's and a
 * request's, {@link BookButtons} the book's). Anyone may press them: each action checks the presser's
 * right on its own object (the member's code, the book's branch) when it runs. What names amounts is
 * answered in the presser's private chat.
 */
abstract class FeeButtonFamily extends RequestButtons {
    private final PrivateChannel channel;

    FeeButtonFamily(String prefix, PrivateChannel channel) {
        super(prefix);
        this.channel = channel;
    }

    static String data(String prefix, String action, Object argument) {
        return prefix + ":" + action + ":" + argument;
    }

    /** The presser's private chat, or a toast asking them to start the bot first when it has none. */
    Optional<Replies> own(ButtonContext ctx) {
        Optional<Replies> own = channel.of(ctx);
        if (own.isEmpty()) {
            ctx.toast("fee.toast.start_first");
        }
        return own;
    }
}
