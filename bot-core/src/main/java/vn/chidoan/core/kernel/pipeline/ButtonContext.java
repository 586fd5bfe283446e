package vn.chidoan.core.kernel.pipeline;

import java.util.Optional;
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

    /**
     * The data read as {@code <action>:<number>} followed by at most {@code most} more parts
     * ({@link NumberedPress}). Data of any other shape (a button of an older version, or data made up)
     * is answered with the toast that the button is out of date, and gives nothing to act on.
     */
    public Optional<NumberedPress> numbered(int most) {
        Optional<NumberedPress> read = NumberedPress.read(args, most);
        if (read.isEmpty()) {
            expired();
        }
        return read;
    }

    /** Tells the presser the button is out of date (an action it no longer has, an object gone). */
    public void expired() {
        toast("pipeline.button_expired");
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
