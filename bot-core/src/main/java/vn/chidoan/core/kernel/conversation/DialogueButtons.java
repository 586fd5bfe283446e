package vn.chidoan.core.kernel.conversation;

import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.pipeline.ButtonAction;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/**
 * Routes {@code dlg:<choice>} presses to the presser's live dialogue in that chat; the dialogue checks
 * the presser's role on its own unit before the step runs.
 */
@Component
class DialogueButtons implements ButtonAction {
    private final Conversations conversations;

    DialogueButtons(Conversations conversations) {
        this.conversations = conversations;
    }

    @Override
    public String prefix() {
        return Conversations.BUTTON_PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        if (!conversations.press(ctx)) {
            ctx.toast("pipeline.button_expired");
        } else if (Conversations.CANCEL_CHOICE.equals(ctx.args())) {
            ctx.replies().say("conversation.cancelled");
        }
    }
}
