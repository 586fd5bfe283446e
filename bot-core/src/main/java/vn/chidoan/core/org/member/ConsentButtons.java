package vn.chidoan.core.org.member;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * The answer to the consent question: {@code consent:y:<payload>} records consent, creates the person
 * from their profile, opens the payload and asks them to check their name; {@code consent:n} stores
 * nothing. An old "Không đồng ý" pressed by someone who has agreed since withdraws nothing: it says so,
 * and how to delete their data, rather than claim nothing is kept.
 */
@Component
class ConsentButtons implements ButtonAction {
    static final String DECLINE = "consent:n";

    private final Members members;
    private final List<StartPayloads> payloads;
    private final Conversations conversations;

    ConsentButtons(Members members, List<StartPayloads> payloads, Conversations conversations) {
        this.members = members;
        this.payloads = List.copyOf(payloads);
        this.conversations = conversations;
    }

    static String agree(String payload) {
        return "consent:y:" + payload;
    }

    @Override
    public String prefix() {
        return "consent";
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        Replies replies = ctx.replies();
        if (!ctx.args().startsWith("y:")) {
            replies.say(ctx.caller().known() ? "member.consent.already_agreed" : "member.consent.declined");
            return;
        }
        String payload = ctx.args().substring(2);
        StartPayloads handler = members.attempts().redeem(ctx.caller().user(),
                () -> StartCommand.handlerOf(payloads, payload));
        Person person = members.register(ctx.caller().speaker());
        replies.say("member.consent.recorded");
        members.attempts().redeem(ctx.caller().user(), () -> handler.redeem(ctx.caller(), person.id(), payload, replies));
        if (person.name() == null) {
            RenameFlow.begin(conversations, ctx.caller(), replies);
        } else {
            replies.say("member.name.confirm", Map.of("name", person.name()), List.of(List.of(
                    Button.action(replies.label("member.name.edit_button"), NameButtons.EDIT))));
        }
    }
}
