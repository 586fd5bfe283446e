package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.BranchMeetingCommand;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /diemdanh_dong}: the BCH closes check-in of the latest meeting and posts the report: present,
 * late, excused and absent, by name and count, with the minutes if any. The reasons of those excused
 * go to the BCH member's private chat only.
 */
@Component
class CloseCommand extends BranchMeetingCommand {
    private final Tallies tallies;
    private final Members members;
    private final QrRotation rotation;

    CloseCommand(Meetings meetings, Tallies tallies, Members members, QrRotation rotation, Clock clock) {
        super("diemdanh_dong", CommandSpec.Arguments.NONE, meetings, clock);
        this.tallies = tallies;
        this.members = members;
        this.rotation = rotation;
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        Meeting meeting = latest(branch);
        if (meeting.closed()) {
            throw new BadInput("meeting.close.already", model(meeting));
        }
        List<RosterEntry> roster = members.roster(branch);
        meetings.close(meeting, roster.stream().map(RosterEntry::person).toList());
        rotation.stop(meeting);
        Meeting closed = meetings.find(meeting.id()).orElseThrow();
        Tally tally = tallies.of(closed);
        Map<String, Object> model = model(closed);
        model.putAll(TallyModel.of(tally));
        if (closed.minutes() != null) {
            model.put("minutes", closed.minutes());
        }
        Replies replies = ctx.replies();
        replies.say("meeting.close.report", model);
        if (!tally.excused().isEmpty()) {
            OutgoingMessage reasons = OutgoingMessage.text(replies.render("meeting.close.reasons", model));
            if (ctx.message().kind() == ChatKind.GROUP) {
                replies.sendTo(ctx.caller().user().privateChat(), reasons);
            } else {
                replies.send(reasons);
            }
        }
    }
}
