package vn.chidoan.core.features.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.kernel.pipeline.CommandContext;
import vn.chidoan.core.kernel.pipeline.CommandSpec;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.reminder.OffsetTexts;

/**
 * {@code /hop <ngày> <giờ> <nội dung> [tại <địa điểm>]}: the BCH calls a meeting; the invitation with
 * "Tham gia" and "Vắng (có lý do)" goes to the branch's chats at once. A day that has passed is refused
 * with the day as read ({@code 01/12} four days ago is that day, not next year's).
 */
@Component
class MeetingCommand extends BranchMeetingCommand {

    MeetingCommand(Meetings meetings, Clock clock) {
        super("hop", CommandSpec.Arguments.REQUIRED, meetings, clock);
    }

    @Override
    protected void handle(CommandContext ctx, UnitId branch) {
        MeetingInput.OneOff typed = MeetingInput.oneOff(ctx.args(), LocalDate.now(clock));
        Instant start = ZonedDateTime.of(typed.date(), typed.time(), clock.getZone()).toInstant();
        if (!start.isAfter(clock.instant())) {
            throw new BadInput("meeting.create.past", Map.of("date", Formats.dateTime(start.atZone(clock.getZone()))));
        }
        Meeting meeting = meetings.create(ctx.replies().eventKey(), branch, start, typed.topic(),
                typed.place());
        Map<String, Object> model = model(meeting);
        model.put("offsets", OffsetTexts.of(ctx.replies(), meetings.reminderOffsets(branch)));
        ctx.replies().say("meeting.create.done", model);
    }
}
