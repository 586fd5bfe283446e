package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * A meeting's reminders: one per offset of the branch's (the invitation is another setting), each
 * saying how long is really left; none once check-in is closed or the meeting has passed, whose buttons
 * then refuse answers.
 */
class MeetingReminderTest extends MeetingScenarioTest {

    @Test
    void remindersSetInMinutesWithNhacnhoSayTheMinutesLeft() {
        s.offsets("10p,3p");
        Meeting meeting = tonight();

        fire(meeting, Duration.ofMinutes(10));
        fire(meeting, Duration.ofMinutes(3));

        assertThat(reminders(Duration.ofMinutes(10))).hasSize(4)
                .allSatisfy(r -> assertThat(r.text()).contains("còn 10 phút").doesNotContain("giờ"));
        assertThat(reminders(Duration.ofMinutes(3))).hasSize(4)
                .allSatisfy(r -> assertThat(r.text()).contains("còn 3 phút", "19:30").doesNotContain("giờ"));
    }

    @Test
    void aSingleOffsetIsOneReminderNotTheInvitation() {
        s.offsets("5p");
        Meeting meeting = tonight();

        fire(meeting, Duration.ofMinutes(5));

        assertThat(reminders(Duration.ofMinutes(5))).extracting(RecordingOutbox.Sent::chat).containsExactlyInAnyOrder(
                s.secretary.ref().privateChat(), s.dung.ref().privateChat(), s.giang.ref().privateChat(),
                s.hoa.ref().privateChat());
    }

    @Test
    void aReminderHeldByQuietHoursSaysTheTimeReallyLeft() {
        Meeting meeting = tonight();
        Instant planned = meeting.start().minus(Duration.ofDays(1));
        s.bot.clock().set(meeting.start().minus(Duration.ofHours(12).plusMinutes(30)));

        s.kind.fire(reminder(), new Occurrence(planned, meeting.start()));

        assertThat(s.keyed("reminder:")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.text()).contains("còn 12 giờ 30 phút").doesNotContain("1 ngày"));
    }

    @Test
    void aMeetingWhoseCheckInWasClosedGetsNoMoreRemindersAndItsButtonsRefuseAnswers() {
        s.offsets("10p");
        Meeting meeting = tonight();
        s.setTime(3, 2, 19, 10);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");

        fire(meeting, Duration.ofMinutes(10));
        Turn pressed = s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(meeting, Rsvp.YES));

        assertThat(s.keyed("reminder:")).isEmpty();
        assertThat(pressed.toast()).contains("đã đóng điểm danh");
        assertThat(s.meetings.find(meeting.id()).orElseThrow().rsvps()).isEmpty();
    }

    @Test
    void aMeetingThatHasPassedGetsNoLateReminder() {
        Meeting meeting = tonight();
        s.bot.clock().set(meeting.start().plus(Duration.ofMinutes(5)));

        s.kind.fire(reminder(), new Occurrence(meeting.start().minus(Duration.ofHours(2)), meeting.start()));
        Turn pressed = s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(meeting, Rsvp.NO));

        assertThat(s.keyed("reminder:")).isEmpty();
        assertThat(pressed.toast()).contains("đã bắt đầu");
    }

    @Test
    void theMeetingConfirmationStatesTheBranchsOwnOffsets() {
        s.offsets("30p");

        Turn called = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop hôm nay 19h30 Sinh hoạt");

        assertThat(called.text()).contains("30 phút trước").doesNotContain("1 ngày");
    }

    private Meeting tonight() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop hôm nay 19h30 Sinh hoạt tháng 3");
        return s.onlyMeeting();
    }

    private Reminder reminder() {
        return s.saved(MeetingReminders.KIND);
    }

    private void fire(Meeting meeting, Duration before) {
        Instant at = meeting.start().minus(before);
        if (s.bot.clock().instant().isBefore(at)) {
            s.bot.clock().set(at);
        }
        s.kind.fire(reminder(), new Occurrence(at, meeting.start()));
    }

    private List<RecordingOutbox.Sent> reminders(Duration before) {
        Instant at = s.onlyMeeting().start().minus(before);
        return s.keyed("reminder:" + reminder().id().value() + ":" + at + ":");
    }
}
