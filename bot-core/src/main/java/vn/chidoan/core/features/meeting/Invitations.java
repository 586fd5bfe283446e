package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.org.audience.BranchAudience;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Capabilities;
import vn.chidoan.core.kernel.chat.ChatRef;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.outbox.Deliveries;
import vn.chidoan.core.kernel.outbox.Outbox;
import vn.chidoan.core.kernel.outbox.Priority;
import vn.chidoan.core.kernel.text.Texts;

/**
 * A meeting's invitation: posted once to every chat of the branch (its outbox keys derive from the
 * meeting), showing how many join and how many are away, and edited in place where the platform can
 * edit when {@link Meetings} owes an edit of the counts.
 */
@Component
class Invitations {
    static final String LANG = Texts.VIETNAMESE;

    private final BranchAudience audience;
    private final Outbox outbox;
    private final Texts texts;
    private final Deliveries sent;
    private final MeetingProperties properties;
    private final Clock clock;

    Invitations(BranchAudience audience, Outbox outbox, Texts texts, Deliveries sent, MeetingProperties properties,
            Clock clock) {
        this.audience = audience;
        this.outbox = outbox;
        this.texts = texts;
        this.sent = sent;
        this.properties = properties;
        this.clock = clock;
    }

    static String cause(Meeting meeting) {
        return "meeting:" + meeting.id() + ":invite";
    }

    /** Posts the invitation to the branch unless it was posted already; true if anything new was stored. */
    boolean post(Meeting meeting) {
        return audience.post(cause(meeting), meeting.branch(), message(meeting), Priority.BULK) > 0;
    }

    /** Edits the posted invitation's counts in every chat that can edit; {@code version} keys this edit. */
    int editCounts(Meeting meeting, int version) {
        OutgoingMessage fresh = message(meeting);
        int edits = 0;
        for (ChatRef chat : audience.chatsOf(meeting.branch())) {
            if (!Capabilities.of(chat.platform()).edits()) {
                continue;
            }
            var id = sent.messageId(BranchAudience.key(cause(meeting), chat));
            if (id.isPresent() && outbox.enqueue("meeting:" + meeting.id() + ":counts:" + chat.key() + ":" + version,
                    chat, fresh.editing(id.get()), Priority.BULK)) {
                edits++;
            }
        }
        return edits;
    }

    OutgoingMessage message(Meeting meeting) {
        Map<String, Object> model = MeetingModel.of(meeting, properties, clock);
        model.put("going", meeting.count(Rsvp.YES));
        model.put("away", meeting.count(Rsvp.NO));
        return OutgoingMessage.text(texts.render("meeting.invitation.post", LANG, model))
                .withButtons(buttons(meeting, LANG));
    }

    /** Join and away buttons, labelled in {@code lang}. */
    List<List<Button>> buttons(Meeting meeting, String lang) {
        return List.of(List.of(
                Button.action(texts.plain("meeting.invitation.join_button", lang), RsvpButtons.data(meeting, Rsvp.YES)),
                Button.action(texts.plain("meeting.invitation.away_button", lang), RsvpButtons.data(meeting, Rsvp.NO))));
    }
}
