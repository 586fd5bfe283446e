package vn.chidoan.core.org.member;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/**
 * The answer to {@code /xoadulieu}: {@code erase:y} deletes the presser's data, {@code erase:n} keeps it.
 * Either pressed by someone the bot no longer knows (an old button, after erasing) says nothing is kept.
 */
@Component
class EraseButtons implements ButtonAction {
    static final String YES = "erase:y";
    static final String NO = "erase:n";

    private final Members members;

    EraseButtons(Members members) {
        this.members = members;
    }

    @Override
    public String prefix() {
        return "erase";
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        if (!ctx.caller().known()) {
            ctx.replies().say("member.erase.nothing");
        } else if (!"y".equals(ctx.args())) {
            ctx.replies().say("member.erase.kept");
        } else {
            members.erase(ctx.caller().person());
            ctx.replies().say("member.erase.done");
        }
    }
}
