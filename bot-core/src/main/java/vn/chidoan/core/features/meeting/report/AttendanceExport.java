package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.checkin.Tally;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.Formats;

/**
 * The .xlsx file of one meeting's attendance: a row per member with their status. Headers and status
 * words come from templates; the file is named for its day ({@code diemdanh-buoi-hop-02-03-2026.xlsx}).
 */
@Component
class AttendanceExport {
    private final Clock clock;

    AttendanceExport(Clock clock) {
        this.clock = clock;
    }

    Spreadsheet meeting(Meeting meeting, Tally tally, Replies replies) {
        List<List<Object>> rows = new ArrayList<>();
        Map<String, String> status = Map.of("present", replies.label("meeting.export.status_present"),
                "late", replies.label("meeting.export.status_late"),
                "excused", replies.label("meeting.export.status_excused"),
                "absent", replies.label("meeting.export.status_absent"));
        tally.present().forEach(name -> rows.add(row(rows, name, status.get("present"), null)));
        tally.late().forEach(name -> rows.add(row(rows, name, status.get("late"), null)));
        tally.excused().forEach(e -> rows.add(row(rows, e.name(), status.get("excused"), e.reason())));
        tally.absent().forEach(name -> rows.add(row(rows, name, status.get("absent"), null)));
        String day = Formats.date(start(meeting).toLocalDate()).replace('/', '-');
        return Spreadsheet.named("diemdanh-buoi-hop-" + day).sheet(replies.label("meeting.export.meeting_sheet"),
                header(replies, "meeting.export.meeting_header"), rows);
    }

    private static List<Object> row(List<List<Object>> rows, String name, String status, String reason) {
        List<Object> row = new ArrayList<>();
        row.add(rows.size() + 1);
        row.add(name);
        row.add(status);
        row.add(reason);
        return row;
    }

    private LocalDateTime start(Meeting meeting) {
        return LocalDateTime.ofInstant(meeting.start(), clock.getZone());
    }

    private static List<String> header(Replies replies, String key) {
        return Arrays.stream(replies.label(key).split("\\|")).map(String::strip).toList();
    }
}
