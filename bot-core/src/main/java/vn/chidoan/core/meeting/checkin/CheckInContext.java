package vn.chidoan.core.meeting.checkin;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.chidoan.core.chat.BadInput;
import vn.chidoan.core.chat.Caller;
import vn.chidoan.core.chat.UnitId;
import vn.chidoan.core.meeting.Meeting;
import vn.chidoan.core.meeting.MeetingProperties;
import vn.chidoan.core.meeting.Meetings;
import vn.chidoan.core.text.Formats;

/** The branch and meeting a check-in command works on, and how templates show a meeting's check-in. */
final class CheckInContext {
    private CheckInContext() {
    }

    static UnitId branch(Caller caller) {
        if (caller.unit() == null) {
            throw new BadInput("meeting.no_branch");
        }
        return caller.unit();
    }

    /** The current or next meeting, if its check-in is open now; else a reply that says when it is. */
    static Meeting openMeeting(Meetings meetings, UnitId branch, Clock clock) {
        Meeting meeting = meetings.current(branch).orElseThrow(() -> new BadInput("meeting.checkin.no_meeting"));
        if (meeting.closed()) {
            throw new BadInput("meeting.checkin.closed", model(meeting, meetings, clock));
        }
        if (!meetings.checkInOpen(meeting)) {
            throw new BadInput("meeting.checkin.not_yet", model(meeting, meetings, clock));
        }
        return meeting;
    }

    /** Topic, date and time, and the check-in window ({@code from}, {@code until}, {@code lateAfter}). */
    static Map<String, Object> model(Meeting meeting, Meetings meetings, Clock clock) {
        MeetingProperties settings = meetings.properties();
        ZonedDateTime start = meeting.start().atZone(clock.getZone());
        Map<String, Object> model = new HashMap<>();
        model.put("topic", meeting.topic());
        model.put("date", Formats.date(start.toLocalDate()));
        model.put("time", Formats.time(start.toLocalTime()));
        model.put("from", Formats.time(start.minus(settings.checkinBefore()).toLocalTime()));
        model.put("until", Formats.time(start.plus(settings.checkinAfter()).toLocalTime()));
        model.put("lateAt", Formats.time(start.plus(settings.lateAfter()).toLocalTime()));
        return model;
    }
}
