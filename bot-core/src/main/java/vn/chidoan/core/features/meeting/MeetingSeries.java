package vn.chidoan.core.features.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalTime;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * A branch's monthly meeting ({@code meeting_series}, one per branch): its day (or the last day),
 * time and topic. Its reminder ({@code meeting:series:<branch>}) makes each occurrence: the
 * invitation, then reminders to who has not declined.
 */
@Component
class MeetingSeries {
    static final String COLLECTION = "meeting_series";
    static final String TARGET_PREFIX = "series:";

    /** The monthly meeting: {@code day} is 1–31 or {@link Schedule#LAST_DAY}. */
    record Series(UnitId branch, int day, LocalTime time, String topic) {
        Schedule schedule() {
            return new Schedule.Monthly(day, time);
        }
    }

    private final MongoTemplate mongo;
    private final MeetingReminders reminders;
    private final Branches branches;

    MeetingSeries(MongoTemplate mongo, MeetingReminders reminders, Branches branches) {
        this.mongo = mongo;
        this.branches = branches;
        this.reminders = reminders;
    }

    void set(Series series) {
        branches.requireBranch(series.branch());
        mongo.upsert(query(where("_id").is(series.branch().value())), new Update().set("day", series.day())
                .set("time", series.time().toString()).set("topic", series.topic()), COLLECTION);
        reminders.save(Reminder.of(MeetingReminders.KIND, target(series.branch()), series.branch(), series.schedule()));
    }

    boolean stop(UnitId branch) {
        reminders.delete(target(branch));
        return mongo.remove(query(where("_id").is(branch.value())), COLLECTION).getDeletedCount() > 0;
    }

    Optional<Series> of(UnitId branch) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(branch.value())), Document.class, COLLECTION))
                .map(doc -> new Series(branch, doc.getInteger("day"), LocalTime.parse(doc.getString("time")),
                        doc.getString("topic")));
    }

    static String target(UnitId branch) {
        return TARGET_PREFIX + branch.value();
    }
}
