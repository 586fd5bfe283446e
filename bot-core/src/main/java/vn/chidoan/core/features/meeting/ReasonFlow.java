package vn.chidoan.core.features.meeting;

import java.time.Duration;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;

/** The private question after "Vắng (có lý do)": the member's reason, which only the BCH sees. */
@Component
class ReasonFlow implements Flow {
    static final String NAME = "meeting_reason";
    static final String STEP = "reason";
    static final int MAX_LENGTH = 300;

    private final Meetings meetings;

    ReasonFlow(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Duration timeout() {
        return Duration.ofDays(2);
    }

    @Override
    public Next onText(Dialogue dialogue, String text) {
        if (text.isBlank() || text.startsWith("/") || text.length() > MAX_LENGTH) {
            throw new BadInput("meeting.reason.bad", java.util.Map.of("max", MAX_LENGTH));
        }
        meetings.reason(dialogue.data().get("meeting"), dialogue.caller().person(), text);
        dialogue.replies().say("meeting.reason.saved");
        return Next.end();
    }
}
