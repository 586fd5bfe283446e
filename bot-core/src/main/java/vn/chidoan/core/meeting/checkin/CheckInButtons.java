package vn.chidoan.core.meeting.checkin;

import org.springframework.stereotype.Component;
import vn.chidoan.core.chat.Role;
import vn.chidoan.core.meeting.Meeting;
import vn.chidoan.core.meeting.Meetings;
import vn.chidoan.core.pipeline.ButtonAction;
import vn.chidoan.core.pipeline.ButtonContext;

/** {@code mci:<meeting>}: "Có mặt" — the presser checks in, once, if a member and inside the window. */
@Component
class CheckInButtons implements ButtonAction {
    static final String PREFIX = "mci";

    private final Meetings meetings;
    private final CheckIns checkIns;

    CheckInButtons(Meetings meetings, CheckIns checkIns) {
        this.meetings = meetings;
        this.checkIns = checkIns;
    }

    static String data(Meeting meeting) {
        return PREFIX + ":" + meeting.id();
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public Role minRole() {
        return Role.GUEST;
    }

    @Override
    public void handle(ButtonContext ctx) {
        CheckIns.Result result = meetings.find(ctx.args())
                .map(meeting -> checkIns.checkIn(meeting, ctx.caller().person(), "button"))
                .orElse(CheckIns.Result.OUTSIDE);
        ctx.toast(switch (result) {
            case PRESENT -> "meeting.checkin.toast_present";
            case LATE -> "meeting.checkin.toast_late";
            case ALREADY -> "meeting.checkin.toast_already";
            case OUTSIDE -> "meeting.checkin.toast_outside";
            case NOT_MEMBER -> "meeting.checkin.toast_not_member";
        });
    }
}
