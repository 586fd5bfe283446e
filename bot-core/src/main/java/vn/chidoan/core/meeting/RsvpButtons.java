package vn.chidoan.core.meeting;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.ChatRef;
import vn.chidoan.core.chat.OutgoingMessage;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.conversation.Conversations;
import vn.chidoan.core.outbox.Outbox;
import vn.chidoan.core.pipeline.ButtonAction;
import vn.chidoan.core.pipeline.ButtonContext;
import vn.chidoan.core.pipeline.Replies;
import vn.chidoan.core.text.Texts;

/**
 * {@code mrs:<meeting>:y|n}: a member answers the invitation. "Away" asks the reason in the member's
 * private chat (the group does not read it). Only members of the meeting's branch may answer, until
 * the meeting starts.
 */
@Component
class RsvpButtons implements ButtonAction {
    static final String PREFIX = "mrs";

    private final Meetings meetings;
    private final BranchLeads branches;
    private final Conversations conversations;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    RsvpButtons(Meetings meetings, BranchLeads branches, Conversations conversations, Outbox outbox, Texts texts,
            Clock clock) {
        this.meetings = meetings;
        this.branches = branches;
        this.conversations = conversations;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    static String data(Meeting meeting, Rsvp rsvp) {
        return PREFIX + ":" + meeting.id() + ":" + (rsvp == Rsvp.YES ? "y" : "n");
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String[] args = ctx.args().split(":", 2);
        Meeting meeting = meetings.find(args[0]).orElse(null);
        if (meeting == null || !clock.instant().isBefore(meeting.start())) {
            ctx.toast("meeting.rsvp.closed_toast");
            return;
        }
        if (!branches.member(ctx.caller().person(), meeting.branch())) {
            ctx.toast("meeting.rsvp.not_member_toast");
            return;
        }
        Rsvp rsvp = args.length > 1 && args[1].equals("n") ? Rsvp.NO : Rsvp.YES;
        meetings.answer(meeting, ctx.caller().person(), rsvp);
        if (rsvp == Rsvp.YES) {
            ctx.toast("meeting.rsvp.yes_toast");
            return;
        }
        ChatRef privateChat = ctx.caller().user().privateChat();
        Replies replies = ctx.replies();
        Replies dialogueThere = new Replies(outbox, texts, replies.eventKey(), privateChat, null, replies.lang());
        conversations.start(ReasonFlow.NAME, ctx.caller(), dialogueThere, ReasonFlow.STEP,
                Map.of("meeting", meeting.id()));
        replies.sendTo(privateChat, OutgoingMessage.text(replies.render("meeting.reason.ask",
                Invitations.model(meeting, clock))));
        ctx.toast("meeting.rsvp.no_toast");
    }
}
