package vn.chidoan.core.kernel.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * Finds the action for a pressed button by the prefix of its data and runs it if the presser's role
 * allows: a pressed button is a request, never a proof. Returns the toast to answer the press with.
 */
final class ButtonRouter {
    private final Map<String, ButtonAction> byPrefix = new HashMap<>();

    ButtonRouter(List<ButtonAction> actions) {
        for (ButtonAction action : actions) {
            ButtonAction before = byPrefix.putIfAbsent(action.prefix(), action);
            if (before != null) {
                throw new IllegalStateException("two button actions share the prefix " + action.prefix());
            }
        }
    }

    String press(Caller caller, Inbound.ButtonPressed press, Replies replies) {
        String data = press.data() == null ? "" : press.data();
        int colon = data.indexOf(':');
        ButtonAction action = byPrefix.get(colon < 0 ? data : data.substring(0, colon));
        if (action == null) {
            return replies.label("pipeline.button_expired");
        }
        if (!caller.role().atLeast(action.minRole())) {
            return replies.label(Roles.buttonRefusalKey(action.minRole()));
        }
        ButtonContext ctx = new ButtonContext(caller, press, colon < 0 ? "" : data.substring(colon + 1), replies);
        try {
            action.handle(ctx);
        } catch (BadInput bad) {
            replies.say(bad.templateKey(), bad.model());
        }
        return ctx.toastText();
    }
}
