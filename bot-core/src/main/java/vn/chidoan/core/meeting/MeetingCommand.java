package vn.chidoan.core.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.BadInput;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;

/**
 * {@code /hop <ngày> <giờ> <nội dung> [tại <địa điểm>]}: the BCH calls a meeting; the invitation with
 * "Tham gia" and "Vắng (có lý do)" goes to the branch's chats at once.
 */
@Component
class MeetingCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("hop").minRole(Role.BCH).place(Place.ANYWHERE)
            .arguments(CommandSpec.Arguments.REQUIRED).build();

    private final Meetings meetings;
    private final Clock clock;

    MeetingCommand(Meetings meetings, Clock clock) {
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
        MeetingInput.OneOff typed = MeetingInput.oneOff(ctx.args(), LocalDate.now(clock));
        Instant start = ZonedDateTime.of(typed.date(), typed.time(), clock.getZone()).toInstant();
        if (!start.isAfter(clock.instant())) {
            throw new BadInput("meeting.create.past", Map.of("date", ctx.args().strip().split("\\s+")[0]));
        }
        Meeting meeting = meetings.create(branch, start, typed.topic(), typed.place());
        ctx.replies().say("meeting.create.done", Invitations.model(meeting, clock));
    }
}
