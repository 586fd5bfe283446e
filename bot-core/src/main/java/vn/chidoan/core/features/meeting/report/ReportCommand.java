package vn.chidoan.core.features.meeting.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.Caller;
import vn.chidoan.core.kernel.chat.ChatKind;
import vn.chidoan.core.kernel.chat.OutgoingMessage;
import vn.chidoan.core.kernel.chat.Place;
import vn.chidoan.core.kernel.chat.Role;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.features.meeting.BranchMeetingCommand;
import vn.chidoan.core.features.meeting.Meeting;
import vn.chidoan.core.features.meeting.Meetings;
import vn.chidoan.core.features.meeting.checkin.Tallies;
import vn.chidoan.core.org.unit.Organisation;
import vn.chidoan.core.org.unit.Unit;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.work.Jobs;

/**
 * {@code /baocao}: attendance rate by month for the last six months — the BCH's own branch, or every
 * branch under an officer, counted by a job ({@link PeriodReportJob}) that sends totals per sub-unit —
 * with the .xlsx file sent privately. {@code /baocao hop}: the file of the
 * branch's latest meeting, a row per member.
 */
@Component
class ReportCommand extends BranchMeetingCommand {
    private final AttendanceReports reports;
    private final AttendanceExport export;
    private final Tallies tallies;
    private final Organisation org;
    private final Jobs jobs;

    ReportCommand(AttendanceReports reports, AttendanceExport export, Meetings meetings, Tallies tallies,
            Organisation org, Jobs jobs, Clock clock) {
        super(CommandSpec.command("baocao").minRole(Role.BCH).place(Place.ANYWHERE)
                .arguments(CommandSpec.Arguments.OPTIONAL).build(), meetings, clock); // an officer's is their subtree's
        this.reports = reports;
        this.export = export;
        this.tallies = tallies;
        this.org = org;
        this.jobs = jobs;
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        String word = DateInput.plain(ctx.args());
        if (word.equals("hop") || word.equals("buoi")) {
            Meeting meeting = latest(branch);
            sendPrivately(ctx, export.meeting(meeting, tallies.of(meeting), ctx.replies()));
        } else if (word.isEmpty()) {
            period(ctx, ctx.caller());
        } else {
            throw new BadInput("command.baocao.usage");
        }
    }

    private void period(CommandContext ctx, Caller caller) {
        if (caller.role().atLeast(Role.OFFICER)) {
            // thousands of branches under a province: counted by a job, off this inbound lane
            jobs.start("baocao:" + ctx.replies().eventKey(), PeriodReportJob.KIND, PeriodReportJob.params(ctx.replies().eventKey(),
                    caller.unit(), caller.user().privateChat(), ctx.replies().lang()));
            ctx.replies().say("meeting.report.working", Map.of("unit", name(caller.unit()),
                    "months", AttendanceReports.MONTHS));
            return;
        }
        List<UnitId> branches = List.of(caller.unit());
        AttendanceReports.Period period = reports.lastMonths(branches);
        Replies replies = ctx.replies();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (MonthRow row : period.months()) {
            if (row.meetings() == 0) {
                continue;
            }
            Map<String, Object> line = new HashMap<>();
            line.put("branch", name(row.branch()));
            line.put("month", row.month().getMonthValue() + "/" + row.month().getYear());
            line.put("meetings", row.meetings());
            line.put("attended", row.attended());
            line.put("expected", row.expected());
            line.put("rate", row.ratePercent());
            lines.add(line);
        }
        replies.say("meeting.report.summary", Map.of("lines", lines, "none", lines.isEmpty(),
                "branches", branches.size(), "months", AttendanceReports.MONTHS));
        sendPrivately(ctx, export.period(period, this::name, replies));
    }

    private void sendPrivately(CommandContext ctx, Spreadsheet file) {
        Replies replies = ctx.replies();
        OutgoingMessage message = fileMessage(replies, file);
        if (ctx.message().kind() == ChatKind.GROUP) {
            replies.sendTo(ctx.caller().user().privateChat(), message);
            replies.say("meeting.report.sent_private");
        } else {
            replies.send(message);
        }
    }

    /** The file as a message, its name in the text. */
    static OutgoingMessage fileMessage(Replies replies, Spreadsheet file) {
        return OutgoingMessage.text(replies.render("meeting.report.file", Map.of("file", file.fileName())))
                .withAttachment(file.toAttachment());
    }

    private String name(UnitId branch) {
        return org.unit(branch).map(Unit::name).orElse(branch.value());
    }
}
