package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.RichText;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.Rsvp;
import vn.chidoan.core.features.meeting.checkin.Attendance;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.member.roster.Membership;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;

/**
 * The attendance lines of {@code /toi}: the member's last meetings (of the last year) and whether they
 * were present, late, excused or absent.
 */
@Component
@Order(50)
class AttendanceSection implements vn.chidoan.core.org.member.ProfileSection {
    static final int SHOWN = 6;

    private final Members members;
    private final Meetings meetings;
    private final CheckIns checkIns;
    private final Clock clock;

    AttendanceSection(Members members, Meetings meetings, CheckIns checkIns, Clock clock) {
        this.members = members;
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    @Override
    public List<RichText> lines(PersonId person, Replies replies) {
        List<Meeting> past = meetings.held(members.membershipsOf(person).stream().map(Membership::branch).toList(),
                clock.instant().minus(Duration.ofDays(366)));
        if (past.isEmpty()) {
            return List.of();
        }
        Map<String, Attendance> came = checkIns.ofPerson(person).stream()
                .collect(Collectors.toMap(Attendance::meeting, Function.identity(), (a, b) -> a));
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Meeting meeting : past.subList(Math.max(0, past.size() - SHOWN), past.size())) {
            Map<String, Object> line = new HashMap<>();
            line.put("date", Formats.date(meeting.start().atZone(clock.getZone()).toLocalDate()));
            line.put("topic", meeting.topic());
            line.put(status(meeting, came.get(meeting.id()), person), true);
            lines.add(line);
        }
        long attended = past.stream().filter(m -> came.containsKey(m.id())).count();
        return List.of(replies.render("meeting.profile.attendance", Map.of("lines", lines, "attended", attended,
                "total", past.size())));
    }

    private static String status(Meeting meeting, Attendance attendance, PersonId person) {
        if (attendance != null) {
            return attendance.late() ? "late" : "present";
        }
        return meeting.rsvps().get(person) == Rsvp.NO ? "excused" : "absent";
    }
}
