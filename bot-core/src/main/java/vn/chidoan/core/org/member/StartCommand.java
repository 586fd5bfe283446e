package vn.chidoan.core.org.member;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.Arguments;
import vn.chidoan.core.kernel.pipeline.Command;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;

/**
 * {@code /start [mã]}: onboarding in the private chat. With a payload (an invite code, a deep-linked
 * action) a new person is first asked for consent to store their data; nothing is stored before they
 * agree (see {@link ConsentButtons}). Wrong codes count against the account ({@link CodeAttempts}).
 */
@Component
class StartCommand implements Command {
    static final int MAX_PAYLOAD_BYTES = 48; // leaves room for "consent:y:" in 64 bytes of button data
    private static final CommandSpec SPEC = CommandSpec.command("start").minRole(Role.GUEST)
            .place(Place.PRIVATE).arguments(CommandSpec.Arguments.OPTIONAL).build();

    private final Members members;
    private final List<StartPayloads> payloads;

    StartCommand(Members members, List<StartPayloads> payloads) {
        this.members = members;
        this.payloads = List.copyOf(payloads);
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public void handle(CommandContext ctx) {
        Replies replies = ctx.replies();
        if (!ctx.hasArgs()) {
            if (ctx.caller().known()) {
                String name = members.person(ctx.caller().person()).map(Person::name).orElse("");
                replies.say("member.start.welcome_back", Map.of("name", name));
            } else {
                replies.say("member.start.welcome");
            }
            return;
        }
        String payload = Arguments.firstWord(ctx.args());
        StartPayloads handler = members.attempts().redeem(ctx.caller().user(), () -> handlerOf(payloads, payload));
        if (ctx.caller().known() || !handler.needsConsent()) {
            members.attempts().redeem(ctx.caller().user(),
                    () -> handler.redeem(ctx.caller(), ctx.caller().person(), payload, replies));
            return;
        }
        replies.say("member.consent.ask", Map.of(), List.of(List.of(
                Button.action(replies.label("member.consent.agree_button"), ConsentButtons.agree(payload)),
                Button.action(replies.label("member.consent.decline_button"), ConsentButtons.DECLINE))));
    }

    /** The handler whose payload this is; {@link WrongCode} {@code member.start.unknown_code} when none. */
    static StartPayloads handlerOf(List<StartPayloads> payloads, String payload) {
        if (payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES) {
            for (StartPayloads handler : payloads) {
                if (handler.recognises(payload)) {
                    return handler;
                }
            }
        }
        throw new WrongCode("member.start.unknown_code", Map.of("code", payload));
    }
}
