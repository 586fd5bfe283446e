package vn.chidoan.core.meeting;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.BadInput;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;

/** {@code /bienban <nội dung>}: the BCH attaches the minutes to the branch's latest meeting. */
@Component
class MinutesCommand implements Command {
    static final int MAX_LENGTH = 3500;
    private static final CommandSpec SPEC = CommandSpec.command("bienban").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Meetings meetings;
    private final Clock clock;

    MinutesCommand(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        var branch = ctx.caller().unit();
        if (branch == null) {
            throw new BadInput("meeting.no_branch");
        }
        Meeting meeting = meetings.latest(branch).orElseThrow(() -> new BadInput("meeting.none_yet"));
        String text = ctx.args().strip();
        if (text.length() > MAX_LENGTH) {
            throw new BadInput("meeting.minutes.too_long", Map.of("max", MAX_LENGTH));
        }
        meetings.minutes(meeting, text);
        ctx.replies().say("meeting.minutes.saved", Invitations.model(meeting, clock));
    }
}
