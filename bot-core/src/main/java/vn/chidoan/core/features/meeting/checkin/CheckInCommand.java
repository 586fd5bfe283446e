package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
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
 * {@code /diemdanh}: the BCH opens check-in for the current or next meeting (the "Có mặt" button and
 * "Điểm danh hộ" for marking from the roster); said in reply to a member's message, it marks that
 * member present.
 */
@Component
class CheckInCommand extends BranchMeetingCommand {
    private final CheckIns checkIns;
    private final Members members;

    CheckInCommand(Meetings meetings, CheckIns checkIns, Members members, Clock clock) {
        super("diemdanh", CommandSpec.Arguments.NONE, meetings, clock);
        this.checkIns = checkIns;
        this.members = members;
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        Speaker repliedTo = ctx.message().repliedTo();
        if (repliedTo != null) {
            markRepliedTo(ctx.replies(), branch, repliedTo);
            return;
        }
        Meeting meeting = OpenMeeting.of(meetings, branch, clock);
        Replies replies = ctx.replies();
        replies.say("meeting.checkin.post", model(meeting), List.of(
                List.of(Button.action(replies.label("meeting.checkin.present_button"), CheckInButtons.data(meeting))),
                List.of(Button.action(replies.label("meeting.mark.open_button"), MarkButtons.page(meeting, 0)))));
    }

    private void markRepliedTo(Replies replies, UnitId branch, Speaker repliedTo) {
        Meeting meeting = latest(branch);
        String shown = repliedTo.displayName() == null ? "" : repliedTo.displayName();
        RosterEntry entry = members.personOf(repliedTo.ref())
                .flatMap(person -> members.rosterEntryOf(branch, person.id()))
                .orElseThrow(() -> new BadInput("meeting.mark.not_member", Map.of("name", shown)));
        Map<String, Object> model = model(meeting);
        model.put("name", entry.name() == null ? shown : entry.name());
        replies.say(checkIns.mark(meeting, entry.person()) ? "meeting.mark.done" : "meeting.mark.already", model);
    }
}
