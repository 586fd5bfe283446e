package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.MeetingButton;
import vn.chidoan.core.features.meeting.MeetingModel;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * "Điểm danh hộ": the BCH picks members from the roster to mark present. {@code mmk:<meeting>:<page>}
 * shows a page of those not yet checked in (in the presser's private chat when pressed in the group);
 * {@code mmk:<meeting>:<person>} marks one. Every press re-checks that the presser leads the branch.
 */
@Component
class MarkButtons extends MeetingButton {
    static final String PREFIX = "mmk";
    static final int PAGE_SIZE = 8;

    private final CheckIns checkIns;
    private final Members members;
    private final BranchLeads branches;
    private final Clock clock;

    MarkButtons(Meetings meetings, CheckIns checkIns, Members members, BranchLeads branches, Clock clock) {
        super(PREFIX, meetings);
        this.checkIns = checkIns;
        this.members = members;
        this.branches = branches;
        this.clock = clock;
    }

    static String page(Meeting meeting, int page) {
        return data(PREFIX, meeting, Integer.toString(page));
    }

    @Override
    protected void handle(ButtonContext ctx, Meeting meeting, String pageOrPerson) {
        if (pageOrPerson.isEmpty() || !branches.leads(ctx.caller(), meeting.branch())) {
            ctx.toast("meeting.mark.not_allowed_toast");
        } else if (pageOrPerson.matches("\\d{1,4}")) {
            showPage(ctx, meeting, Integer.parseInt(pageOrPerson));
        } else {
            mark(ctx.replies(), meeting, new PersonId(pageOrPerson));
        }
    }

    private void showPage(ButtonContext ctx, Meeting meeting, int page) {
        Set<PersonId> came = checkIns.of(meeting).stream().map(Attendance::person).collect(Collectors.toSet());
        List<RosterEntry> left = members.roster(meeting.branch()).stream().filter(e -> !came.contains(e.person()))
                .toList();
        int pages = Math.max(1, (left.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(page, pages - 1);
        Replies replies = ctx.replies();
        List<List<Button>> rows = new ArrayList<>();
        for (RosterEntry entry : left.subList(shown * PAGE_SIZE, Math.min(left.size(), (shown + 1) * PAGE_SIZE))) {
            String label = entry.number() + ". " + (entry.name() == null ? "#" + entry.number() : entry.name());
            rows.add(List.of(Button.action(label, data(PREFIX, meeting, entry.person().value()))));
        }
        if (shown + 1 < pages) {
            rows.add(List.of(Button.action(replies.label("meeting.mark.next_button"), page(meeting, shown + 1))));
        }
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        model.put("page", shown + 1);
        model.put("pages", pages);
        model.put("left", left.size());
        OutgoingMessage picker = OutgoingMessage.text(replies.render("meeting.mark.pick", model)).withButtons(rows);
        if (ctx.press().kind() == ChatKind.GROUP) {
            replies.sendTo(ctx.caller().user().privateChat(), picker);
            ctx.toast("meeting.mark.sent_private_toast");
        } else {
            replies.send(picker);
        }
    }

    private void mark(Replies replies, Meeting meeting, PersonId person) {
        RosterEntry entry = members.rosterEntryOf(meeting.branch(), person).orElse(null);
        if (entry == null) {
            replies.say("meeting.mark.gone");
            return;
        }
        Map<String, Object> model = MeetingModel.of(meeting, meetings.properties(), clock);
        model.put("name", entry.name() == null ? "#" + entry.number() : entry.name());
        replies.say(checkIns.mark(meeting, person) ? "meeting.mark.done" : "meeting.mark.already", model);
    }
}
