package vn.chidoan.core.kernel.conversation;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/** {@code /huy}: ends the caller's live dialogue in this chat. */
@Component
class CancelCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("huy").aliases("cancel")
            .minRole(Role.GUEST).place(Place.ANYWHERE).build();

    private final Conversations conversations;

    CancelCommand(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        boolean cancelled = conversations.cancel(ctx.message().chat(), ctx.caller().user());
        ctx.replies().say(cancelled ? "conversation.cancelled" : "conversation.nothing_to_cancel");
    }
}
