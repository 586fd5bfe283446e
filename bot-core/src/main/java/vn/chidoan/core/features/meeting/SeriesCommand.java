package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.org.reminder.OffsetTexts;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;

/**
 * {@code /hop_dinhky <ngày trong tháng | cuối tháng> <giờ> [nội dung]}: the branch's monthly meeting.
 * Each occurrence gets its own invitation ({@code invite-before} ahead) and reminders (the branch's
 * {@code /nhacnho hop} offsets); the reply names the coming meeting, says whether its invitation went
 * out already (set late, it goes at once) and states the branch's own offsets. {@code /hop_dinhky tat}
 * stops it; without arguments it shows the current one.
 */
@Component
class SeriesCommand extends BranchMeetingCommand {
    private final MeetingSeries series;

    SeriesCommand(MeetingSeries series, Meetings meetings, Clock clock) {
        super("hop_dinhky", CommandSpec.Arguments.OPTIONAL, meetings, clock);
        this.series = series;
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        if (!ctx.hasArgs()) {
            ctx.replies().say("meeting.series.show", series.of(branch).map(SeriesCommand::model)
                    .orElse(Map.of("none", true)));
            return;
        }
        String plain = DateInput.plain(ctx.args());
        if (plain.equals("tat") || plain.equals("off")) {
            boolean stopped = series.stop(branch);
            ctx.replies().say("meeting.series.stopped", Map.of("had", stopped));
            return;
        }
        MeetingInput.Monthly typed = MeetingInput.monthly(ctx.args());
        MeetingSeries.Series set = new MeetingSeries.Series(branch, typed.day(), typed.time(),
                typed.topic() == null ? ctx.replies().label("meeting.series.default_topic") : typed.topic());
        MeetingSeries.Coming coming = series.set(set);
        Map<String, Object> model = model(set);
        model.put("next", Formats.dateTime(coming.start().atZone(clock.getZone())));
        model.put("invited", coming.invited());
        model.put("invite", OffsetTexts.of(ctx.replies(), meetings.properties().inviteBefore()));
        model.put("offsets", OffsetTexts.of(ctx.replies(), meetings.reminderOffsets(branch)));
        ctx.replies().say("meeting.series.saved", model);
    }

    private static Map<String, Object> model(MeetingSeries.Series series) {
        Map<String, Object> model = new HashMap<>();
        model.put("topic", series.topic());
        model.put("time", Formats.time(series.time()));
        if (series.day() == Schedule.LAST_DAY) {
            model.put("lastDay", true);
        } else {
            model.put("day", series.day());
        }
        return model;
    }
}
