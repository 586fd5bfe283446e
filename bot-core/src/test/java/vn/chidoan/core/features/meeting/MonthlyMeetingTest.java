package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.MessageTag;
import vn.chidoan.core.org.reminder.Occurrence;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.MutableClock;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * /hop_dinhky: each occurrence of the monthly meeting gets its own invitation (once) and its own
 * answers; reminders go in private only to members who have not declined.
 */
class MonthlyMeetingTest extends MeetingScenarioTest {

    @Test
    void theLastDayOfTheMonthFollowsMonthEndsAndEachOccurrenceHasItsOwnAnswers() {
        Turn set = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky cuối tháng 19h30 Sinh hoạt định kỳ");
        assertThat(set.templates()).containsExactly("meeting.series.saved");
        Reminder reminder = s.saved().get(0);
        assertThat(reminder.schedule()).isEqualTo(Schedule.Monthly.lastDay(LocalTime.of(19, 30)));
        Instant march = reminder.schedule().nextEventAfter(s.bot.clock().instant(), MutableClock.VIETNAM).orElseThrow();
        Instant april = reminder.schedule().nextEventAfter(march, MutableClock.VIETNAM).orElseThrow();
        assertThat(march).isEqualTo(MeetingScenario.at(3, 31, 19, 30));
        assertThat(april).isEqualTo(MeetingScenario.at(4, 30, 19, 30));

        fire(reminder, march, Duration.ofDays(3));
        Meeting first = s.onlyMeeting();
        assertThat(first.recurring()).isTrue();
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(first, Rsvp.NO));
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(first, Rsvp.YES));

        fire(reminder, april, Duration.ofDays(3));
        List<Meeting> both = s.meetings();
        assertThat(both).extracting(Meeting::start).containsExactly(march, april);
        assertThat(both.get(0).rsvps()).hasSize(2);
        assertThat(both.get(1).rsvps()).as("a new occurrence starts with no answers").isEmpty();
        assertThat(s.keyed("meeting:" + both.get(1).id() + ":invite:")).singleElement()
                .satisfies(invitation -> assertThat(invitation.text()).contains("30/04/2026", "Tham gia: 0"));
    }

    @Test
    void dayThirtyOneFallsOnTheLastDayOfAShorterMonth() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 31 19h30");
        Reminder reminder = s.saved().get(0);
        Instant march = reminder.schedule().nextEventAfter(s.bot.clock().instant(), MutableClock.VIETNAM).orElseThrow();

        assertThat(reminder.schedule().nextEventAfter(march, MutableClock.VIETNAM)).contains(MeetingScenario.at(4, 30, 19, 30));
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky").text())
                .contains("ngày 31 hằng tháng lúc 19:30", "Sinh hoạt chi đoàn định kỳ");
    }

    @Test
    void theInvitationGoesOutOnceAndRemindersOnlyToThoseWhoHaveNotDeclined() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 15 19h30 Sinh hoạt tháng");
        Reminder reminder = s.saved().get(0);
        Instant event = MeetingScenario.at(3, 15, 19, 30);

        fire(reminder, event, Duration.ofDays(3));
        fire(reminder, event, Duration.ofDays(3));
        Meeting meeting = s.onlyMeeting();
        assertThat(s.keyed("meeting:" + meeting.id() + ":invite:")).as("posted once").hasSize(1);
        assertThat(s.keyed("reminder:")).as("the invitation occurrence reminds nobody privately").isEmpty();

        s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(RsvpButtons.data(meeting, Rsvp.NO));
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(meeting, Rsvp.YES));
        fire(reminder, event, Duration.ofDays(1));
        fire(reminder, event, Duration.ofDays(1));

        List<RecordingOutbox.Sent> reminders = s.keyed("reminder:");
        assertThat(reminders).extracting(RecordingOutbox.Sent::chat).containsExactlyInAnyOrder(
                s.secretary.ref().privateChat(), s.dung.ref().privateChat(), s.giang.ref().privateChat());
        assertThat(reminders.get(0).text()).contains("còn 1 ngày", "Sinh hoạt tháng");
        assertThat(reminders).filteredOn(m -> m.message().tag() == MessageTag.CONFIRMED_EVENT_UPDATE)
                .as("only who said they join is reminded as of a confirmed event")
                .extracting(RecordingOutbox.Sent::chat).containsExactly(s.dung.ref().privateChat());
        assertThat(reminders.get(0).buttons()).extracting(b -> b.data())
                .contains(RsvpButtons.data(meeting, Rsvp.NO));

        fire(reminder, event, Duration.ofHours(2));
        assertThat(s.keyed("reminder:")).hasSize(6).filteredOn(m -> m.text().contains("còn 2 giờ")).hasSize(3);
    }

    @Test
    void aOneOffMeetingRemindsOfItselfAndNotOfAMovedTime() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 10/03 19h30 Họp bất thường");
        Meeting meeting = s.onlyMeeting();
        Reminder reminder = s.saved().get(0);

        fire(reminder, meeting.start(), Duration.ofHours(2));
        fire(reminder, meeting.start().plus(Duration.ofDays(1)), Duration.ofHours(2));

        assertThat(s.keyed("reminder:")).hasSize(4);
        assertThat(s.keyed("meeting:" + meeting.id() + ":invite:")).hasSize(1);
    }

    @Test
    void stoppingTheMonthlyMeetingDeletesItsReminder() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 15 19h30");

        Turn stopped = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky tat");

        assertThat(stopped.text()).contains("Đã bỏ lịch họp định kỳ");
        assertThat(s.deleted()).containsExactly(MeetingSeries.target(s.branchId()));
    }

    private void fire(Reminder reminder, Instant event, Duration before) {
        s.bot.clock().set(event.minus(before));
        s.kind.fire(reminder, new Occurrence(event.minus(before), event));
    }
}
