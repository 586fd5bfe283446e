package vn.chidoan.core.features.meeting;

import java.time.Clock;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Texts;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * {@code mrs:<meeting>:y|n}: a member answers the invitation. "Away" asks the reason in the member's
 * private chat (the group does not read it). Only members of the meeting's branch may answer, until
 * the meeting starts or its check-in is closed (an old invitation's buttons, or a reminder's).
 */
@Component
class RsvpButtons extends MeetingButton {
    static final String PREFIX = "mrs";

    private final BranchLeads branches;
    private final Conversations conversations;
    private final Outbox outbox;
    private final Texts texts;
    private final Clock clock;

    RsvpButtons(Meetings meetings, BranchLeads branches, Conversations conversations, Outbox outbox, Texts texts,
            Clock clock) {
        super(PREFIX, meetings);
        this.branches = branches;
        this.conversations = conversations;
        this.outbox = outbox;
        this.texts = texts;
        this.clock = clock;
    }

    static String data(Meeting meeting, Rsvp rsvp) {
        return data(PREFIX, meeting, rsvp == Rsvp.YES ? "y" : "n");
    }

    @Override
    protected void handle(ButtonContext ctx, Meeting meeting, String answer) {
        if (meeting.closed()) {
            ctx.toast("meeting.rsvp.closed_toast");
            return;
        }
        if (!clock.instant().isBefore(meeting.start())) {
            ctx.toast("meeting.rsvp.started_toast");
            return;
        }
        if (!branches.member(ctx.caller().person(), meeting.branch())) {
            ctx.toast("meeting.rsvp.not_member_toast");
            return;
        }
        Rsvp rsvp = answer.equals("n") ? Rsvp.NO : Rsvp.YES;
        meetings.answer(meeting, ctx.caller().person(), rsvp);
        if (rsvp == Rsvp.YES) {
            ctx.toast("meeting.rsvp.yes_toast");
            return;
        }
        ChatRef privateChat = ctx.caller().user().privateChat();
        Replies replies = ctx.replies();
        Replies dialogueThere = new Replies(outbox, texts, replies.eventKey(), privateChat, null, replies.lang());
        conversations.start(ReasonFlow.NAME, ctx.caller(), dialogueThere, new ReasonFlow.Asked(meeting.id()),
                meeting.branch());
        replies.sendTo(privateChat, OutgoingMessage.text(replies.render("meeting.reason.ask",
                MeetingModel.of(meeting, meetings.properties(), clock))));
        ctx.toast("meeting.rsvp.no_toast");
    }
}
