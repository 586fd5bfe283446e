package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.Attendance;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.features.meeting.checkin.Tallies;
import vn.chidoan.core.features.meeting.checkin.Tally;

/** A period's attendance: each meeting's tally, and per branch and month the sums and the rate. */
@Component
class AttendanceReports {
    static final int MONTHS = 6;

    /**
     * The meetings of the period ({@code first} to {@code last} month) with their tallies, and the month
     * rows (every month of every branch).
     */
    record Period(YearMonth first, YearMonth last, List<Meeting> meetings, Map<String, Tally> tallies,
            List<MonthRow> months) {
    }

    private final Meetings meetings;
    private final CheckIns checkIns;
    private final Tallies tallies;
    private final Clock clock;

    AttendanceReports(Meetings meetings, CheckIns checkIns, Tallies tallies, Clock clock) {
        this.meetings = meetings;
        this.checkIns = checkIns;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** The last {@link #MONTHS} months up to now, for these branches: the meetings {@link Meetings#held}. */
    Period lastMonths(List<UnitId> branches) {
        YearMonth current = YearMonth.now(clock);
        YearMonth first = current.minusMonths(MONTHS - 1L);
        Instant from = first.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        List<Meeting> held = meetings.held(branches, from);
        Map<String, List<Attendance>> attendance = checkIns.ofMeetings(held.stream().map(Meeting::id).toList())
                .stream().collect(Collectors.groupingBy(Attendance::meeting));
        Map<String, Tally> byMeeting = new LinkedHashMap<>();
        held.forEach(m -> byMeeting.put(m.id(), tallies.of(m, attendance.getOrDefault(m.id(), List.of()))));
        Map<String, MonthRow> rows = new LinkedHashMap<>();
        for (UnitId branch : branches) {
            for (YearMonth month = first; !month.isAfter(current); month = month.plusMonths(1)) {
                rows.put(branch.value() + "@" + month, MonthRow.empty(branch, month));
            }
        }
        for (Meeting meeting : held) {
            String key = meeting.branch().value() + "@" + YearMonth.from(meeting.start().atZone(clock.getZone()));
            rows.computeIfPresent(key, (k, row) -> row.plus(byMeeting.get(meeting.id())));
        }
        return new Period(first, current, held, byMeeting, new ArrayList<>(rows.values()));
    }
}
