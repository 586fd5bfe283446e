package vn.chidoan.core.org.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Date;
import org.bson.Document;

/** Schedules as stored: a small document with a {@code type}. */
final class ScheduleCodec {
    private ScheduleCodec() {
    }

    static Document encode(Schedule schedule) {
        if (schedule instanceof Schedule.OneOff once) {
            return new Document("type", "once").append("at", Date.from(once.at()));
        }
        if (schedule instanceof Schedule.Monthly monthly) {
            return new Document("type", "monthly").append("day", monthly.day()).append("time", monthly.time().toString());
        }
        if (schedule instanceof Schedule.Weekly weekly) {
            return new Document("type", "weekly").append("day", weekly.day().name()).append("time",
                    weekly.time().toString());
        }
        Schedule.Quarterly quarterly = (Schedule.Quarterly) schedule;
        return new Document("type", "quarterly").append("month", quarterly.monthOfQuarter())
                .append("day", quarterly.day()).append("time", quarterly.time().toString());
    }

    static Schedule decode(Document doc) {
        String type = doc.getString("type");
        return switch (type) {
            case "once" -> new Schedule.OneOff(doc.getDate("at").toInstant());
            case "monthly" -> new Schedule.Monthly(doc.getInteger("day"), time(doc));
            case "weekly" -> new Schedule.Weekly(DayOfWeek.valueOf(doc.getString("day")), time(doc));
            case "quarterly" -> new Schedule.Quarterly(doc.getInteger("month"), doc.getInteger("day"), time(doc));
            default -> throw new IllegalStateException("unknown schedule type " + type);
        };
    }

    private static LocalTime time(Document doc) {
        return LocalTime.parse(doc.getString("time"));
    }
}
