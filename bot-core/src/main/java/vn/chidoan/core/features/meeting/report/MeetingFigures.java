package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.org.activity.ActivityFigures;
import vn.chidoan.core.org.activity.DatePeriod;
import vn.chidoan.core.org.activity.Figure;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.RosterEntry;

/**
 * Meetings for evaluation, {@code /toi} and reports (topic {@code meeting}), over the meetings held in the
 * period: per member, {@code meeting.attended} (meetings they checked in at, out of those they were
 * expected at: the roll when check-in closed, the roster now before); per branch, {@code meeting.held} and
 * {@code meeting.attendance} (check-ins out of expected places, summed over its meetings).
 */
@Component
class MeetingFigures implements ActivityFigures {
    static final String TOPIC = "meeting";
    static final String HELD = TOPIC + ".held";
    static final String ATTENDANCE = TOPIC + ".attendance";
    static final String ATTENDED = TOPIC + ".attended";

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
        Map<UnitId, List<Figure>> figures = new HashMap<>();
        for (UnitId branch : branches) {
            Map<PersonId, long[]> people = perMember(branch, period);
            long attended = people.values().stream().mapToLong(c -> c[0]).sum();
            long expected = people.values().stream().mapToLong(c -> c[1]).sum();
            figures.put(branch, List.of(Figure.count(HELD, held(List.of(branch), period).size()),
                    Figure.ratio(ATTENDANCE, attended, expected)));
        }
        return figures;
    }

    @Override
    public Map<PersonId, List<Figure>> members(UnitId branch, DatePeriod period) {
        Map<PersonId, List<Figure>> figures = new HashMap<>();
        perMember(branch, period).forEach((person, c) -> figures.put(person, List.of(Figure.ratio(ATTENDED, c[0], c[1]))));
        return figures;
    }

    /** Per person: {attended, expected} over the branch's meetings held in the period. */
    private Map<PersonId, long[]> perMember(UnitId branch, DatePeriod period) {
        List<Meeting> held = held(List.of(branch), period);
        Set<String> came = new HashSet<>();
        checkIns.ofMeetings(held.stream().map(Meeting::id).toList())
                .forEach(a -> came.add(a.meeting() + "|" + a.person().value()));
        List<PersonId> roster = members.roster(branch).stream().map(RosterEntry::person).toList();
        Map<PersonId, long[]> counts = new HashMap<>();
        for (Meeting meeting : held) {
            for (PersonId person : meeting.closed() ? meeting.expected() : roster) {
                long[] c = counts.computeIfAbsent(person, p -> new long[2]);
                c[1]++;
                if (came.contains(meeting.id() + "|" + person.value())) {
                    c[0]++;
                }
            }
        }
        return counts;
    }

    private List<Meeting> held(List<UnitId> branches, DatePeriod period) {
        Instant until = start(period.until());
        return meetings.held(branches, start(period.from())).stream().filter(m -> m.start().isBefore(until)).toList();
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }
}
