package vn.chidoan.core.features.meeting;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.Branches;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.ReminderId;
import vn.chidoan.core.org.reminder.Schedule;

/**
 * A branch's monthly meeting ({@code meeting_series}, one per branch): its day (or the last day),
 * time and topic. Two reminders make each occurrence: {@code meeting-invite:series:<branch>} posts the
 * invitation {@code invite-before} ahead, {@code meeting:series:<branch>} reminds who has not declined
 * at the branch's offsets. A series set after the coming occurrence's invitation time has that
 * invitation posted at once, so no month is skipped silently.
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

    /** The coming occurrence once a series is set, and whether its invitation time has come already. */
    record Coming(Instant start, boolean invited) {
    }

    private final MongoTemplate mongo;
    private final MeetingReminders reminders;
    private final Meetings meetings;
    private final Invitations invitations;
    private final Clock clock;
    private final Branches branches;

    MeetingSeries(MongoTemplate mongo, MeetingReminders reminders, Meetings meetings, Invitations invitations,
            Clock clock, Branches branches) {
        this.mongo = mongo;
        this.reminders = reminders;
        this.meetings = meetings;
        this.invitations = invitations;
        this.clock = clock;
        this.branches = branches;
    }

    /**
     * Stores the series and its two reminders. Reminders never send what was due before they were
     * saved, so when the coming occurrence's invitation time has passed, its invitation is posted now.
     * Only a branch has meetings.
     */
    Coming set(Series series) {
        branches.requireBranch(series.branch());
        mongo.upsert(query(where("_id").is(series.branch().value())), new Update().set("day", series.day())
                .set("time", series.time().toString()).set("topic", series.topic()), COLLECTION);
        String target = target(series.branch());
        reminders.save(Reminder.of(MeetingReminders.KIND, target, series.branch(), series.schedule()));
        reminders.save(new Reminder(MeetingReminders.INVITE_KIND, target, series.branch(), series.schedule(),
                List.of(meetings.properties().inviteBefore())));
        Instant now = clock.instant();
        Instant start = series.schedule().nextEventAfter(now, clock.getZone()).orElseThrow();
        boolean invitationDue = !start.minus(meetings.properties().inviteBefore()).isAfter(now);
        if (invitationDue) {
            Meeting coming = occurrence(series, start);
            if (!coming.closed()) {
                invitations.post(coming);
            }
        }
        return new Coming(start, invitationDue);
    }

    boolean stop(UnitId branch) {
        reminders.delete(ReminderId.of(MeetingReminders.KIND, target(branch)));
        reminders.delete(ReminderId.of(MeetingReminders.INVITE_KIND, target(branch)));
        return mongo.remove(query(where("_id").is(branch.value())), COLLECTION).getDeletedCount() > 0;
    }

    Optional<Series> of(UnitId branch) {
        return Optional.ofNullable(mongo.findOne(query(where("_id").is(branch.value())), Document.class, COLLECTION))
                .map(doc -> new Series(branch, doc.getInteger("day"), LocalTime.parse(doc.getString("time")),
                        doc.getString("topic")));
    }

    /** The branch's occurrence at {@code start} (made the first time it is asked for), if it has a series. */
    Optional<Meeting> occurrence(UnitId branch, Instant start) {
        return of(branch).map(series -> occurrence(series, start));
    }

    private Meeting occurrence(Series series, Instant start) {
        return meetings.occurrence(series.branch(), start, series.topic());
    }

    static String target(UnitId branch) {
        return TARGET_PREFIX + branch.value();
    }
}
