package vn.chidoan.core.org.member;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.conversation.Conversations;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/** {@code name:edit}: starts the dialogue that corrects the presser's name. */
@Component
class NameButtons implements ButtonAction {
    static final String EDIT = "name:edit";

    private final Conversations conversations;

    NameButtons(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return "name";
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        if (!ctx.caller().known()) {
            ctx.toast("pipeline.button_expired");
            return;
        }
        RenameFlow.begin(conversations, ctx.caller(), ctx.replies());
    }
}
