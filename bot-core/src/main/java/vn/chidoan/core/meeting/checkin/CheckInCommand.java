package vn.chidoan.core.meeting.checkin;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.BadInput;
import vn.chidoan.core.chat.Button;
import vn.chidoan.core.chat.Place;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.chat.Speaker;
import vn.chidoan.core.chat.UnitId;
import vn.chidoan.core.meeting.Meeting;
import vn.chidoan.core.meeting.Meetings;
import vn.chidoan.core.member.Members;
import vn.chidoan.core.member.RosterEntry;
import vn.chidoan.core.pipeline.Command;
import vn.chidoan.core.pipeline.CommandContext;
import vn.chidoan.core.pipeline.CommandSpec;
import vn.chidoan.core.pipeline.Replies;

/**
 * {@code /diemdanh}: the BCH opens check-in for the current or next meeting (the "Có mặt" button and
 * "Điểm danh hộ" for marking from the roster); said in reply to a member's message, it marks that
 * member present.
 */
@Component
class CheckInCommand implements Command {
    private static final CommandSpec SPEC = CommandSpec.command("diemdanh").minRole(Role.BCH).place(Place.ANYWHERE)
            .build();

    private final Meetings meetings;
    private final CheckIns checkIns;
    private final Members members;
    private final Clock clock;

    CheckInCommand(Meetings meetings, CheckIns checkIns, Members members, Clock clock) {
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        UnitId branch = CheckInContext.branch(ctx.caller());
        Speaker repliedTo = ctx.message().repliedTo();
        if (repliedTo != null) {
            markRepliedTo(ctx.replies(), branch, repliedTo);
            return;
        }
        Meeting meeting = CheckInContext.openMeeting(meetings, branch, clock);
        Replies replies = ctx.replies();
        replies.say("meeting.checkin.post", CheckInContext.model(meeting, meetings, clock), List.of(
                List.of(Button.action(replies.label("meeting.checkin.present_button"), CheckInButtons.data(meeting))),
                List.of(Button.action(replies.label("meeting.mark.open_button"), MarkButtons.page(meeting, 0)))));
    }

    private void markRepliedTo(Replies replies, UnitId branch, Speaker repliedTo) {
        Meeting meeting = meetings.latest(branch).orElseThrow(() -> new BadInput("meeting.none_yet"));
        String shown = repliedTo.displayName() == null ? "" : repliedTo.displayName();
        RosterEntry entry = members.personOf(repliedTo.ref())
                .flatMap(person -> members.rosterEntryOf(branch, person.id()))
                .orElseThrow(() -> new BadInput("meeting.mark.not_member", Map.of("name", shown)));
        String name = entry.name() == null ? shown : entry.name();
        Map<String, Object> model = new HashMap<>(CheckInContext.model(meeting, meetings, clock));
        model.put("name", name);
        replies.say(checkIns.mark(meeting, entry.person()) ? "meeting.mark.done" : "meeting.mark.already", model);
    }
}
