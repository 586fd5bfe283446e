package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * A BCH command about the meetings of one branch ({@link CommandSpec#onBranch()}): the group's, or in
 * a private chat the branch the speaker picks; without one it answers {@code meeting.no_branch}.
 */
public abstract class BranchMeetingCommand implements Command {
    private final CommandSpec spec;
    protected final Meetings meetings;
    protected final Clock clock;

    protected BranchMeetingCommand(String name, CommandSpec.Arguments arguments, Meetings meetings, Clock clock) {
        this(CommandSpec.command(name).minRole(Role.BCH).place(Place.ANYWHERE).arguments(arguments).onBranch()
                .build(), meetings, clock);
    }

    /** A command declared otherwise, such as one an officer says about their whole unit. */
    protected BranchMeetingCommand(CommandSpec spec, Meetings meetings, Clock clock) {
        this.spec = spec;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Override
    public final CommandSpec spec() {
        return spec;
    }

    @Override
    public final void handle(CommandContext ctx) {
        UnitId branch = ctx.caller().unit();
        if (branch == null) {
            throw new BadInput("meeting.no_branch");
        }
        handle(ctx, branch);
    }

    protected abstract void handle(CommandContext ctx, UnitId branch);

    /** The branch's latest meeting that has started or is about to; {@code meeting.none_yet} if none. */
    protected Meeting latest(UnitId branch) {
        return meetings.latest(branch).orElseThrow(() -> new BadInput("meeting.none_yet"));
    }

    protected Map<String, Object> model(Meeting meeting) {
        return MeetingModel.of(meeting, meetings.properties(), clock);
    }
}
