package vn.chidoan.core.features.poll;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /binhchon_ketqua [số]}: a poll's counts and bar chart where it is asked (by default the caller's
 * latest poll, else the latest that reached their branch), for its creator, the committee of a branch it
 * reached and officers above.
 */
@Component
class PollResultsCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("binhchon_ketqua").minRole(Role.BCH)
            .place(Place.ANYWHERE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Polls polls;
    private final PollResults results;

    PollResultsCommand(Polls polls, PollResults results) {
        this.polls = polls;
        this.results = results;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Poll poll = pollOf(ctx);
        if (!polls.rights().mayRead(ctx.caller(), poll)) {
            throw new BadInput("poll.results.not_yours", Map.of("number", poll.number()));
        }
        results.send(poll, ctx.replies().chat(), ctx.message().threadId(), ctx.replies().lang(),
                ctx.keyOf("poll"), Priority.INTERACTIVE);
    }

    private Poll pollOf(CommandContext ctx) {
        if (ctx.hasArgs()) {
            int number = Arguments.positive(Arguments.firstWord(ctx.args()), "poll.results.bad_number");
            return polls.find(number).orElseThrow(() -> new BadInput("poll.no_such_poll", Map.of("number", number)));
        }
        return polls.latestFor(ctx.caller()).orElseThrow(() -> new BadInput("poll.results.none"));
    }
}
