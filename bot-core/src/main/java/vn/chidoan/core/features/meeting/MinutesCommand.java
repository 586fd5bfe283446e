package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/** {@code /bienban <nội dung>}: the BCH attaches the minutes to the branch's latest meeting. */
@Component
class MinutesCommand extends BranchMeetingCommand {
    static final int MAX_LENGTH = 3500;

    MinutesCommand(Meetings meetings, Clock clock) {
        super("bienban", CommandSpec.Arguments.REQUIRED, meetings, clock);
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        String text = ctx.args().strip();
        if (text.length() > MAX_LENGTH) {
            throw new BadInput("meeting.minutes.too_long", Map.of("max", MAX_LENGTH));
        }
        Meeting meeting = latest(branch);
        meetings.minutes(meeting, text);
        ctx.replies().say("meeting.minutes.saved", model(meeting));
    }
}
