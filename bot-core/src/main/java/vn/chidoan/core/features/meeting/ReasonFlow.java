package vn.chidoan.core.features.meeting;

import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;

/**
 * The private question after "Vắng (có lý do)": the member's reason, which only the BCH sees. The
 * dialogue is about the meeting's branch, so a member removed from it before answering has the answer
 * refused, not stored; one who pressed "Tham gia" meanwhile has no reason stored for an absence.
 */
@Component
class ReasonFlow implements Flow<ReasonFlow.Asked> {
    static final String NAME = "meeting_reason";
    static final int MAX_LENGTH = 300;

    /** The reason for missing this meeting was asked for. */
    record Asked(String meeting) {
    }

    private final Meetings meetings;

    ReasonFlow(Meetings meetings) {
        this.meetings = meetings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Class<Asked> stateType() {
        return Asked.class;
    }

    @Override
    public Role minRole() {
        return Role.MEMBER;
    }

    @Override
    public Duration timeout() {
        return Duration.ofDays(2);
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        if (text.isBlank() || text.startsWith("/") || text.length() > MAX_LENGTH) {
            throw new BadInput("meeting.reason.bad", Map.of("max", MAX_LENGTH));
        }
        boolean away = meetings.reason(dialogue.state().meeting(), dialogue.caller().person(), text);
        dialogue.replies().say(away ? "meeting.reason.saved" : "meeting.reason.not_away");
        return Next.end();
    }
}
