package vn.chidoan.core.features.meeting.checkin;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import vn.chidoan.core.kernel.chat.PersonId;

/**
 * {@code meeting_attendance}: one document per (meeting, person), keyed {@code <meeting>:<person>}, so a
 * second check-in (a double press, the QR and the button, two instances) stores nothing.
 */
class AttendanceStore {
    static final String COLLECTION = "meeting_attendance";

    private final MongoTemplate mongo;

    AttendanceStore(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(COLLECTION).createIndex(new Index("meeting", Sort.Direction.ASC));
        mongo.indexOps(COLLECTION).createIndex(new Index("person", Sort.Direction.ASC));
    }

    /** Records the person present; false if they were already. */
    boolean insert(Attendance attendance) {
        Document doc = new Document("_id", attendance.meeting() + ":" + attendance.person().value())
                .append("meeting", attendance.meeting()).append("person", attendance.person().value())
                .append("late", attendance.late()).append("at", Date.from(attendance.at()))
                .append("how", attendance.how());
        try {
            mongo.insert(doc, COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    List<Attendance> ofMeetings(Collection<String> meetings) {
        return mongo.find(query(where("meeting").in(meetings)), Document.class, COLLECTION).stream()
                .map(AttendanceStore::attendance).toList();
    }

    List<Attendance> ofPerson(PersonId person) {
        return mongo.find(query(where("person").is(person.value())), Document.class, COLLECTION).stream()
                .map(AttendanceStore::attendance).toList();
    }

    /** Gives a merged person's check-ins to the person they merged into (one per meeting still). */
    void move(PersonId from, PersonId into) {
        for (Attendance a : ofPerson(from)) {
            insert(new Attendance(a.meeting(), into, a.late(), a.at(), a.how()));
        }
        forget(from);
    }

    void forget(PersonId person) {
        mongo.remove(query(where("person").is(person.value())), COLLECTION);
    }

    private static Attendance attendance(Document doc) {
        Instant at = doc.getDate("at").toInstant();
        return new Attendance(doc.getString("meeting"), new PersonId(doc.getString("person")),
                Boolean.TRUE.equals(doc.getBoolean("late")), at, doc.getString("how"));
    }
}
