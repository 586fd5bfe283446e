package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.BranchMeetingCommand;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;

/**
 * {@code /diemdanh_qr}: shows a QR code for the current meeting's check-in in this chat (to project on
 * a screen); scanning it opens the private chat with the bot and checks the member in. The code
 * changes every minute, in place. On a platform that cannot change an image (Messenger) the code goes
 * privately to whoever asked, once, and asking again gives a new one.
 */
@Component
class QrCommand extends BranchMeetingCommand {
    private final QrRotation rotation;

    QrCommand(Meetings meetings, QrRotation rotation, Clock clock) {
        super("diemdanh_qr", CommandSpec.Arguments.NONE, meetings, clock);
        this.rotation = rotation;
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        Meeting meeting = OpenMeeting.of(meetings, branch, clock);
        ChatRef here = ctx.message().chat();
        if (Capabilities.of(here.platform()).editsMedia()) {
            rotation.start(meeting, here, ctx.message().threadId(), ctx.replies().lang());
            return;
        }
        ctx.replies().sendTo(ctx.caller().user().privateChat(),
                rotation.once(meeting, ctx.caller().user().privateChat(), ctx.replies().lang()));
    }
}
