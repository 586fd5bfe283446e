package vn.chidoan.core.features.meeting.checkin;

import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.MeetingModel;
import vn.chidoan.core.features.meeting.Meetings;

/** The meeting a check-in opens for: the current or next one, if its window is open now. */
final class OpenMeeting {
    private OpenMeeting() {
    }

    /** The meeting; else a reply that says there is none, it is closed, or when check-in opens. */
    static Meeting of(Meetings meetings, UnitId branch, java.time.Clock clock) {
        Meeting meeting = meetings.current(branch).orElseThrow(() -> new BadInput("meeting.checkin.no_meeting"));
        if (meeting.closed()) {
            throw new BadInput("meeting.checkin.closed", MeetingModel.of(meeting, meetings.properties(), clock));
        }
        if (!meetings.checkInOpen(meeting)) {
            throw new BadInput("meeting.checkin.not_yet", MeetingModel.of(meeting, meetings.properties(), clock));
        }
        return meeting;
    }
}
