package vn.chidoan.core.meeting.checkin;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.meeting.Meeting;
import vn.chidoan.core.meeting.Meetings;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;

/**
 * {@code /diemdanh_qr}: shows a QR code for the current meeting's check-in in this chat (to project on
 * a screen); scanning it opens the private chat with the bot and checks the member in. The code
 * changes every minute.
 */
@Component
class QrCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("diemdanh_qr").minRole(Role.BCH)
            .place(Place.ANYWHERE).build();

    private final Meetings meetings;
    private final QrRotation rotation;
    private final Clock clock;

    QrCommand(Meetings meetings, QrRotation rotation, Clock clock) {
        this.meetings = meetings;
        this.rotation = rotation;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Meeting meeting = CheckInContext.openMeeting(meetings, CheckInContext.branch(ctx.caller()), clock);
        rotation.start(meeting, ctx.message().chat(), ctx.message().threadId(), ctx.replies().lang());
    }
}
