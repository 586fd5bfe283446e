package vn.chidoan.core.features.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;

/**
 * One meeting of a branch: a one-off meeting, or one occurrence of its monthly meeting (each with its
 * own answers and attendance, so past meetings keep theirs).
 *
 * @param rsvps    who answered the invitation, and how
 * @param reasons  why those away are away, as they wrote in private
 * @param closedAt when the BCH closed check-in, or null
 * @param expected the roster when check-in closed (who counted as absent), empty before
 */
public record Meeting(String id, UnitId branch, Instant start, String topic, String place, boolean recurring,
        Map<PersonId, Rsvp> rsvps, Map<PersonId, String> reasons, Instant closedAt, String minutes,
        List<PersonId> expected) {

    public Meeting {
        rsvps = Map.copyOf(rsvps);
        reasons = Map.copyOf(reasons);
        expected = List.copyOf(expected);
    }

    public long count(Rsvp answer) {
        return rsvps.values().stream().filter(answer::equals).count();
    }

    public boolean declined(PersonId person) {
        return rsvps.get(person) == Rsvp.NO;
    }

    public boolean closed() {
        return closedAt != null;
    }

    /** When check-in is open: from {@code before} the start to {@code after} it, until closed. */
    public boolean checkInOpenAt(Instant now, Duration before, Duration after) {
        return !closed() && !now.isBefore(start.minus(before)) && !now.isAfter(start.plus(after));
    }
}
