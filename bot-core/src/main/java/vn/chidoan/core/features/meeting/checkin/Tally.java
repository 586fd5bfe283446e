package vn.chidoan.core.features.meeting.checkin;

import java.util.List;

/**
 * A meeting's attendance by name: present, late, excused (away with a reason given through the
 * invitation; the reasons are for the BCH only) and absent, out of who was expected (the roster when
 * check-in closed, the current roster before).
 */
public record Tally(List<String> present, List<String> late, List<Excused> excused, List<String> absent,
        int expected) {

    /** A member away with their reason (null when they gave none). */
    public record Excused(String name, String reason) {
    }

    public Tally {
        present = List.copyOf(present);
        late = List.copyOf(late);
        excused = List.copyOf(excused);
        absent = List.copyOf(absent);
    }

    public int attended() {
        return present.size() + late.size();
    }

    /** Attended out of expected, in whole percent; 0 when nobody was expected. */
    public int ratePercent() {
        return expected == 0 ? 0 : Math.round(100f * attended() / expected);
    }
}
