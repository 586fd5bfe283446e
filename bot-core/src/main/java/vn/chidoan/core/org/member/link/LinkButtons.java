package vn.chidoan.core.org.member.link;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Platform;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UserRef;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.org.member.Members;

/**
 * The answers about linking, each re-checked against whoever presses: {@code lk:y:<code>} accepts the
 * link a code offered (both accounts are told, with a button to undo it), {@code lk:n} declines it,
 * {@code lk:u:<code>} undoes the link (either account of the person, for seven days), and
 * {@code lk:x:<platform>} takes the person's account on that platform away ({@code /toi}).
 */
@Component
class LinkButtons implements ButtonAction {
    static final String DECLINE = "lk:n";

    private final Members members;

    LinkButtons(Members members) {
        this.members = members;
    }

    static String accept(String code) {
        return "lk:y:" + code;
    }

    static String undo(String code) {
        return "lk:u:" + code;
    }

    static String unlink(Platform platform) {
        return "lk:x:" + platform.code();
    }

    @Override
    public String prefix() {
        return "lk";
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        String args = ctx.args();
        String value = args.length() > 2 ? args.substring(2) : "";
        switch (args.isEmpty() ? ' ' : args.charAt(0)) {
            case 'y' -> accepted(ctx.caller(), value, ctx.replies());
            case 'u' -> undo(ctx, value);
            case 'x' -> unlink(ctx, value);
            default -> ctx.replies().say("member.link.declined");
        }
    }

    private void accepted(Caller caller, String code, Replies replies) {
        AccountLinks.Linked linked = members.attempts().redeem(caller.user(),
                () -> members.links().link(code, caller.user(), !caller.officerOf().isEmpty()));
        Map<String, Object> here = Map.of(caller.user().platform().code(), true);
        if (linked.already()) {
            replies.say("member.link.already", here);
            return;
        }
        List<List<Button>> undo = List.of(List.of(Button.action(replies.label("member.link.undo_button"),
                undo(linked.code()))));
        replies.say("member.link.done", here, undo);
        for (UserRef other : members.accountsOf(linked.person())) {
            if (!other.equals(caller.user())) {
                replies.sendTo(other.privateChat(), OutgoingMessage.text(replies.render("member.link.notice", here))
                        .withButtons(undo));
            }
        }
    }

    private void undo(ButtonContext ctx, String code) {
        Caller caller = ctx.caller();
        if (!caller.known()) {
            throw new BadInput("member.link.undo_gone");
        }
        List<UserRef> before = members.accountsOf(caller.person());
        UserRef out = members.links().unlinking().undo(code, caller.person(), caller.user());
        Map<String, Object> model = Map.of(out.platform().code(), true);
        ctx.replies().say("member.link.undone", model);
        before.stream().filter(account -> !account.equals(caller.user())).forEach(account -> ctx.replies()
                .sendTo(account.privateChat(), OutgoingMessage.text(ctx.replies().render("member.link.undone_notice",
                        model))));
    }

    private void unlink(ButtonContext ctx, String platformCode) {
        Caller caller = ctx.caller();
        if (!caller.known()) {
            throw new BadInput("member.link.unlink_gone", Map.of());
        }
        Platform platform = Arrays.stream(Platform.values()).filter(p -> p.code().equals(platformCode)).findFirst()
                .orElseThrow(() -> new BadInput("member.link.unlink_gone", Map.of()));
        UserRef out = members.links().unlinking().unlink(caller.person(), platform, caller.user(),
                ctx.replies().eventKey());
        Map<String, Object> model = Map.of(platform.code(), true);
        ctx.replies().say("member.link.unlinked", model);
        ctx.replies().sendTo(out.privateChat(), OutgoingMessage.text(ctx.replies().render("member.link.unlinked_notice",
                Map.of(caller.user().platform().code(), true))));
    }
}
