package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.util.List;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.CheckIns;
import vn.chidoan.core.features.meeting.checkin.Tallies;
import vn.chidoan.core.org.member.Members;
import vn.chidoan.core.org.unit.Organisation;

/** The report parts wired by hand, for the meeting scenarios' test bot. */
public final class ReportKit {
    private ReportKit() {
    }

    public static List<Object> parts(Clock clock, Meetings meetings, CheckIns checkIns, Tallies tallies,
            Members members, Organisation org) {
        AttendanceReports reports = new AttendanceReports(meetings, checkIns, tallies, clock);
        return List.of(new ReportCommand(reports, new AttendanceExport(clock), meetings, tallies, org, clock),
                new AttendanceSection(members, meetings, checkIns, clock));
    }
}
