package vn.chidoan.core.features.poll;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /binhchon <câu hỏi> | <lựa chọn> | … [| nhiều lựa chọn] [| ẩn danh] [| hạn <ngày>]}: a poll of
 * the caller's branch (for an officer, every branch below), posted at once.
 */
@Component
class PollCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("binhchon").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Polls polls;
    private final Clock clock;

    PollCommand(Polls polls, Clock clock) {
        this.polls = polls;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        PollSpec spec = PollInput.read(ctx.args().split("\\R", 2)[0], clock.instant(), clock.getZone());
        Poll poll = polls.ask(spec, ctx.caller(), ctx.caller().unit(), ctx.replies().eventKey());
        Map<String, Object> model = PollMessages.model(poll, clock);
        model.put("branches", poll.branches().size());
        model.put("count", poll.options().size());
        ctx.replies().say("poll.asked", model);
    }
}
