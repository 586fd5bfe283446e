package vn.chidoan.core.features.meeting;

import vn.chidoan.core.kernel.pipeline.ButtonContext;
import vn.chidoan.core.kernel.pipeline.RequestButtons;

/**
 * A button about one meeting: data {@code <prefix>:<meeting>[:<more>]}. Anyone may press it (it is
 * in the group); each action checks membership or the BCH role against the meeting's branch itself.
 * A meeting that is gone gets a toast.
 */
public abstract class MeetingButton extends RequestButtons {
    protected final Meetings meetings;

    protected MeetingButton(String prefix, Meetings meetings) {
        super(prefix);
        this.meetings = meetings;
    }

    /** The data of this action's button for the meeting, with {@code more} after it when not empty. */
    protected static String data(String prefix, Meeting meeting, String more) {
        return prefix + ":" + meeting.id() + (more.isEmpty() ? "" : ":" + more);
    }

    @Override
    public final void handle(ButtonContext ctx) {
        String[] args = ctx.args().split(":", 2);
        meetings.find(args[0]).ifPresentOrElse(meeting -> handle(ctx, meeting, args.length > 1 ? args[1] : ""),
                () -> ctx.toast("meeting.gone_toast"));
    }

    protected abstract void handle(ButtonContext ctx, Meeting meeting, String more);
}
