package vn.chidoan.core.org.member;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/** {@code /xoadulieu}: asks the caller to confirm deleting everything the bot keeps about them. */
@Component
class EraseCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("xoadulieu").minRole(Role.GUEST)
            .place(Place.PRIVATE).build();

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Replies replies = ctx.replies();
        if (!ctx.caller().known()) {
            replies.say("member.erase.nothing");
            return;
        }
        replies.say("member.erase.confirm", Map.of(), List.of(List.of(
                Button.action(replies.label("member.erase.yes_button"), EraseButtons.YES),
                Button.action(replies.label("member.erase.no_button"), EraseButtons.NO))));
    }
}
