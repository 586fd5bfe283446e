package vn.chidoan.core.org.member;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.conversation.Dialogue;
import vn.chidoan.core.kernel.conversation.Flow;
import vn.chidoan.core.kernel.conversation.Next;
import vn.chidoan.core.kernel.pipeline.Replies;

/** The dialogue that asks a person for their full name and saves it; {@code /huy} leaves it as it was. */
@Component
class RenameFlow implements Flow<RenameFlow.Asked> {
    static final String NAME = "rename";

    /** Its one state: the name was asked for. */
    record Asked() {
    }

    private final Members members;

    RenameFlow(Members members) {
        this.members = members;
    }

    static void begin(Conversations conversations, Caller caller, Replies replies) {
        conversations.start(NAME, caller, replies, new Asked());
        replies.say("member.name.ask", Map.of(), List.of(List.of(
                Conversations.cancelButton(replies))));
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
    public Duration timeout() {
        return Duration.ofMinutes(10);
    }

    @Override
    public Next<Asked> onText(Dialogue<Asked> dialogue, String text) {
        if (!dialogue.caller().known()) {
            return Next.end();
        }
        String name = members.rename(dialogue.caller().person(), text);
        dialogue.replies().say("member.name.saved", Map.of("name", name));
        return Next.end();
    }
}
