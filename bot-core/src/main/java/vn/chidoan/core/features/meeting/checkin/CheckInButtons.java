package vn.chidoan.core.features.meeting.checkin;

import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.MeetingButton;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.kernel.pipeline.ButtonContext;

/** {@code mci:<meeting>}: "Có mặt" — the presser checks in, once, if a member and inside the window. */
@Component
class CheckInButtons extends MeetingButton {
    static final String PREFIX = "mci";

    private final CheckIns checkIns;

    CheckInButtons(Meetings meetings, CheckIns checkIns) {
        super(PREFIX, meetings);
        this.checkIns = checkIns;
    }

    static String data(Meeting meeting) {
        return data(PREFIX, meeting, "");
    }

    @Override
    protected void handle(ButtonContext ctx, Meeting meeting, String more) {
        ctx.toast(switch (checkIns.checkIn(meeting, ctx.caller().person(), "button")) {
            case PRESENT -> "meeting.checkin.toast_present";
            case LATE -> "meeting.checkin.toast_late";
            case ALREADY -> "meeting.checkin.toast_already";
            case OUTSIDE -> "meeting.checkin.toast_outside";
            case NOT_MEMBER -> "meeting.checkin.toast_not_member";
        });
    }
}
