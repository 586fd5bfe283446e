package vn.chidoan.core.features.meeting.checkin;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.org.unit.BranchLeads;

/**
 * Public API of check-in: a member checks in once per meeting, inside its window (late after the
 * start plus {@code chidoan.meetings.late-after}); the BCH marks anyone, at any time.
 */
@Service
public class CheckIns {

    /** What became of a check-in. */
    public enum Result {
        PRESENT, LATE, ALREADY, OUTSIDE, NOT_MEMBER
    }

    private final AttendanceStore store;
    private final Meetings meetings;
    private final BranchLeads branches;
    private final Clock clock;

    public CheckIns(MongoTemplate mongo, Meetings meetings, BranchLeads branches, Clock clock) {
        this.store = new AttendanceStore(mongo);
        this.meetings = meetings;
        this.branches = branches;
        this.clock = clock;
    }

    /** The member checks themself in ({@code how}: button or qr). */
    public Result checkIn(Meeting meeting, PersonId person, String how) {
        if (!branches.member(person, meeting.branch())) {
            return Result.NOT_MEMBER;
        }
        if (!meetings.checkInOpen(meeting)) {
            return Result.OUTSIDE;
        }
        Instant now = clock.instant();
        boolean late = now.isAfter(meeting.start().plus(meetings.properties().lateAfter()));
        if (!store.insert(new Attendance(meeting.id(), person, late, now, how))) {
            return Result.ALREADY;
        }
        return late ? Result.LATE : Result.PRESENT;
    }

    /** The BCH marks a member present; false if they were already. */
    public boolean mark(Meeting meeting, PersonId person) {
        return store.insert(new Attendance(meeting.id(), person, false, clock.instant(), "bch"));
    }

    public List<Attendance> of(Meeting meeting) {
        return store.ofMeetings(List.of(meeting.id()));
    }

    public List<Attendance> ofMeetings(Collection<String> meetingIds) {
        return meetingIds.isEmpty() ? List.of() : store.ofMeetings(meetingIds);
    }

    public List<Attendance> ofPerson(PersonId person) {
        return store.ofPerson(person);
    }

    /** Forgets what is kept about the person: an erased one. */
    void forget(PersonId person) {
        store.forget(person);
    }

    /** Moves what is kept about {@code from} to {@code into}: two records merged into one. */
    void move(PersonId from, PersonId into) {
        store.move(from, into);
    }
}
