package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import vn.chidoan.core.kernel.text.Formats;

/**
 * How templates show a meeting: {@code topic}, {@code place} (when there is one), {@code date},
 * {@code time}, {@code recurring}, and its check-in window: {@code from}, {@code until} and
 * {@code lateAt} (after which a check-in is late). A fresh, changeable map each time.
 */
public final class MeetingModel {
    private MeetingModel() {
    }

    public static Map<String, Object> of(Meeting meeting, MeetingProperties settings, Clock clock) {
        ZonedDateTime start = meeting.start().atZone(clock.getZone());
        Map<String, Object> model = new HashMap<>();
        model.put("topic", meeting.topic());
        model.put("date", Formats.date(start.toLocalDate()));
        model.put("time", Formats.time(start.toLocalTime()));
        model.put("recurring", meeting.recurring());
        if (meeting.place() != null) {
            model.put("place", meeting.place());
        }
        model.put("from", Formats.time(start.minus(settings.checkinBefore()).toLocalTime()));
        model.put("until", Formats.time(start.plus(settings.checkinAfter()).toLocalTime()));
        model.put("lateAt", Formats.time(start.plus(settings.lateAfter()).toLocalTime()));
        return model;
    }
}
