package vn.chidoan.core.kernel.pipeline;

import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.Inbound;

/**
 * A button press as the pipeline passed it on; {@code args} is the data after {@code <prefix>:}.
 * Set a toast with {@link #toast(String)} to show the presser a short note; the pipeline always
 * answers the press.
 */
public final class ButtonContext {
    private final Caller caller;
    private final Inbound.ButtonPressed press;
    private final String args;
    private final Replies replies;
    private String toast;

    public ButtonContext(Caller caller, Inbound.ButtonPressed press, String args, Replies replies) {
        this.caller = caller;
        this.press = press;
        this.args = args;
        this.replies = replies;
    }

    public Caller caller() {
        return caller;
    }

    public Inbound.ButtonPressed press() {
        return press;
    }

    public String args() {
        return args;
    }

    public Replies replies() {
        return replies;
    }

    /** Shows the presser a short note (a toast on Telegram) rendered from a template. */
    public void toast(String templateKey) {
        this.toast = replies.label(templateKey);
    }

    /** A short note with values in it ("chỗ 12/30"). */
    public void toast(String templateKey, java.util.Map<String, ?> model) {
        this.toast = replies.render(templateKey, model).toPlainText();
    }

    public String toastText() {
        return toast;
    }
}
