package vn.chidoan.core.features.meeting.checkin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Rsvp;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.Person;
import vn.chidoan.core.org.member.roster.RosterEntry;

/** Works out a meeting's {@link Tally} from its answers, its check-ins and who was expected. */
@Component
public class Tallies {
    private final Members members;
    private final CheckIns checkIns;

    public Tallies(Members members, CheckIns checkIns) {
        this.members = members;
        this.checkIns = checkIns;
    }

    public Tally of(Meeting meeting) {
        return of(meeting, checkIns.of(meeting));
    }

    /** The tally from check-ins already read (a report reads many meetings' at once). */
    public Tally of(Meeting meeting, List<Attendance> attendance) {
        List<RosterEntry> roster = members.roster(meeting.branch());
        Map<PersonId, String> names = new HashMap<>();
        roster.forEach(entry -> names.put(entry.person(), entry.name() == null ? "#" + entry.number() : entry.name()));
        List<PersonId> expected = meeting.closed() ? meeting.expected()
                : roster.stream().map(RosterEntry::person).toList();
        List<Attendance> sorted = attendance.stream().sorted(Comparator.comparing(Attendance::at)).toList();
        Set<PersonId> came = sorted.stream().map(Attendance::person).collect(Collectors.toSet());
        List<String> present = new ArrayList<>();
        List<String> late = new ArrayList<>();
        for (Attendance a : sorted) {
            (a.late() ? late : present).add(name(a.person(), names));
        }
        List<Tally.Excused> excused = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (PersonId person : expected) {
            if (came.contains(person)) {
                continue;
            }
            if (meeting.rsvps().get(person) == Rsvp.NO) {
                excused.add(new Tally.Excused(name(person, names), meeting.reasons().get(person)));
            } else {
                absent.add(name(person, names));
            }
        }
        return new Tally(present, late, excused, absent, expected.size());
    }

    private String name(PersonId person, Map<PersonId, String> names) {
        return names.computeIfAbsent(person, p -> members.person(p).map(Person::name).orElse("?"));
    }
}
