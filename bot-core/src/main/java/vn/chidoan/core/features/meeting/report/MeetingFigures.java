package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.Attendance;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.activity.Occasion;
import vn.chidoan.core.org.member.Members;

/**
 * Meetings for evaluation, {@code /toi} and reports (topic {@code meeting}), over the meetings held in the
 * period ({@link Meetings#held}): per branch, {@code meeting.held} and {@code meeting.attended} (check-ins
 * out of who was expected, as a meeting's tally counts them: the roster when check-in closed, the roster
 * now before); per member, the meetings they attended out of those they were expected at; per meeting,
 * its attendance. The whole period is read in two queries and one roster read, whatever the branches.
 */
@Component
class MeetingFigures implements ActivityFigures {
    static final String TOPIC = "meeting";
    static final String HELD = TOPIC + ".held";
    static final String ATTENDED = TOPIC + ".attended";
    static final String EXCUSED = TOPIC + ".excused";

    private final Meetings meetings;
    private final CheckIns checkIns;
    private final Members members;
    private final Clock clock;

    MeetingFigures(Meetings meetings, CheckIns checkIns, Members members, Clock clock) {
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.members = members;
        this.clock = clock;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Map<UnitId, List<Figure>> branches(Collection<UnitId> branches, DatePeriod period) {
        Held held = held(branches, period);
        Map<UnitId, long[]> sums = new HashMap<>();
        for (Meeting meeting : held.meetings()) {
            long[] sum = sums.computeIfAbsent(meeting.branch(), b -> new long[4]);
            sum[0]++;
            sum[1] += held.came(meeting).size();
            sum[2] += held.expected(meeting).size();
            sum[3] += held.excused(meeting);
        }
        Map<UnitId, List<Figure>> figures = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            long[] sum = sums.getOrDefault(branch, new long[4]);
            figures.put(branch, List.of(Figure.count(HELD, sum[0]), Figure.ratio(ATTENDED, sum[1], sum[2]),
                    Figure.count(EXCUSED, sum[3])));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        Held held = held(List.of(branch), period);
        Map<PersonId, long[]> counts = new LinkedHashMap<>();
        for (Meeting meeting : held.meetings()) {
            Set<PersonId> came = held.came(meeting);
            held.expected(meeting).forEach(p -> counts.computeIfAbsent(p, x -> new long[2])[1]++);
            came.forEach(p -> counts.computeIfAbsent(p, x -> new long[2])[0]++);
        }
        Map<PersonId, List<Figure>> figures = new LinkedHashMap<>();
        counts.forEach((person, c) -> figures.put(person, List.of(Figure.ratio(ATTENDED, c[0], Math.max(c[0], c[1])))));
        return figures;
    }

    @Override
    public List<Occasion> occasions(UnitId branch, DatePeriod period) {
        Held held = held(List.of(branch), period);
        return held.meetings().stream().map(m -> new Occasion(LocalDate.ofInstant(m.start(), clock.getZone()),
                m.topic(), List.of(Figure.ratio(ATTENDED, held.came(m).size(), held.expected(m).size()),
                        Figure.count(EXCUSED, held.excused(m))))).toList();
    }

    private Held held(Collection<UnitId> branches, DatePeriod period) {
        Instant until = period.endIn(clock.getZone());
        List<Meeting> held = meetings.held(List.copyOf(branches), period.startIn(clock.getZone())).stream()
                .filter(m -> m.start().isBefore(until)).toList();
        Map<String, Set<PersonId>> came = checkIns.ofMeetings(held.stream().map(Meeting::id).toList()).stream()
                .collect(Collectors.groupingBy(Attendance::meeting,
                        Collectors.mapping(Attendance::person, Collectors.toSet())));
        Set<UnitId> open = held.stream().filter(m -> !m.closed()).map(Meeting::branch).collect(Collectors.toSet());
        return new Held(held, came, open.isEmpty() ? Map.of() : members.activeMembers(open));
    }

    /** The meetings held in a period, who came to each, and the rosters now of branches with one still open. */
    private record Held(List<Meeting> meetings, Map<String, Set<PersonId>> came, Map<UnitId, List<PersonId>> rosters) {
        Set<PersonId> came(Meeting meeting) {
            return came.getOrDefault(meeting.id(), Set.of());
        }

        List<PersonId> expected(Meeting meeting) {
            return meeting.closed() ? meeting.expected() : rosters.getOrDefault(meeting.branch(), List.of());
        }

        long excused(Meeting meeting) {
            Set<PersonId> came = came(meeting);
            return expected(meeting).stream().filter(p -> !came.contains(p) && meeting.declined(p)).count();
        }
    }
}
