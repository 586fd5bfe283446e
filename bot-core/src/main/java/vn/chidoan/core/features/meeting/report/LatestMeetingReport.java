package vn.chidoan.core.features.meeting.report;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.Tallies;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.activity.ReportPart;

/**
 * {@code /baocao hop}: the .xlsx of the branch's latest meeting, a row per member with their status and
 * reason, sent privately when asked in the group (it names members).
 */
@Component
class LatestMeetingReport implements ReportPart {
    private final Meetings meetings;
    private final AttendanceExport export;
    private final Tallies tallies;

    LatestMeetingReport(Meetings meetings, AttendanceExport export, Tallies tallies) {
        this.meetings = meetings;
        this.export = export;
        this.tallies = tallies;
    }

    @Override
    public List<String> words() {
        return List.of("hop", "buoi");
    }

    @Override
    public void answer(CommandContext ctx, UnitId branch) {
        Meeting meeting = meetings.latest(branch).orElseThrow(() -> new BadInput("meeting.none_yet"));
        Spreadsheet file = export.meeting(meeting, tallies.of(meeting), ctx.replies());
        Replies replies = ctx.replies();
        OutgoingMessage message = OutgoingMessage.text(replies.render("meeting.report.file",
                Map.of("file", file.fileName()))).withAttachment(file.toAttachment());
        if (ctx.message().kind() == ChatKind.GROUP) {
            replies.sendTo(ctx.caller().user().privateChat(), message);
            replies.say("meeting.report.sent_private");
        } else {
            replies.send(message);
        }
    }
}
