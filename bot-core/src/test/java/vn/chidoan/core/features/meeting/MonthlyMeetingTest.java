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
 * /hop_dinhky: each occurrence of the monthly meeting gets its own invitation (once, three days ahead)
 * and its own answers; reminders, at the branch's offsets, go in private only to members who have not
 * declined. No month is skipped silently: a series set after the coming invitation time invites at once.
 */
class MonthlyMeetingTest extends MeetingScenarioTest {

    @Test
    void theLastDayOfTheMonthFollowsMonthEndsAndEachOccurrenceHasItsOwnAnswers() {
        Turn set = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky cuối tháng 19h30 Sinh hoạt định kỳ");
        assertThat(set.templates()).contains("meeting.series.saved");
        Reminder reminder = saved(MeetingReminders.INVITE_KIND);
        assertThat(reminder.schedule()).isEqualTo(Schedule.Monthly.lastDay(LocalTime.of(19, 30)));
        assertThat(reminder.offsets()).containsExactly(Duration.ofDays(3));
        Instant march = reminder.schedule().nextEventAfter(s.bot.clock().instant(), MutableClock.VIETNAM).orElseThrow();
        Instant april = reminder.schedule().nextEventAfter(march, MutableClock.VIETNAM).orElseThrow();
        assertThat(march).isEqualTo(MeetingScenario.at(3, 31, 19, 30));
        assertThat(april).isEqualTo(MeetingScenario.at(4, 30, 19, 30));

        invite(march);
        Meeting first = s.onlyMeeting();
        assertThat(first.recurring()).isTrue();
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(first, Rsvp.NO));
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(first, Rsvp.YES));

        invite(april);
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
        Reminder reminder = saved(MeetingReminders.KIND);
        Instant march = reminder.schedule().nextEventAfter(s.bot.clock().instant(), MutableClock.VIETNAM).orElseThrow();

        assertThat(reminder.schedule().nextEventAfter(march, MutableClock.VIETNAM)).contains(MeetingScenario.at(4, 30, 19, 30));
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky").text())
                .contains("ngày 31 hằng tháng lúc 19:30", "Sinh hoạt chi đoàn định kỳ");
    }

    @Test
    void theInvitationGoesOutOnceAndRemindersOnlyToThoseWhoHaveNotDeclined() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 15 19h30 Sinh hoạt tháng");
        Reminder reminder = saved(MeetingReminders.KIND);
        Instant event = MeetingScenario.at(3, 15, 19, 30);

        invite(event);
        invite(event);
        Meeting meeting = s.onlyMeeting();
        assertThat(s.keyed("meeting:" + meeting.id() + ":invite:")).as("posted once").hasSize(1);
        assertThat(s.keyed("reminder:")).as("the invitation reminds nobody privately").isEmpty();

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
    void aReminderOfAnOccurrenceNotInvitedYetPostsItsInvitationFirst() {
        s.offsets("5n");
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 15 19h30 Sinh hoạt tháng");
        Instant event = MeetingScenario.at(3, 15, 19, 30);

        fire(saved(MeetingReminders.KIND), event, Duration.ofDays(5));

        Meeting meeting = s.onlyMeeting();
        assertThat(s.keyed("meeting:" + meeting.id() + ":invite:")).hasSize(1);
        assertThat(s.keyed("reminder:")).hasSize(4).allSatisfy(r -> assertThat(r.text()).contains("còn 5 ngày"));
    }

    @Test
    void theConfirmationStatesTheNextMeetingAndTheBranchsOwnOffsets() {
        s.offsets("10p,3p");

        Turn set = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 20 19h30 Sinh hoạt");

        assertThat(set.text()).contains("Buổi tới: 19:30 20/03/2026", "Lời mời gửi 3 ngày trước",
                "10 phút trước, 3 phút trước").doesNotContain("1 ngày", "2 giờ");
        assertThat(s.meetings()).as("its invitation waits for its time").isEmpty();
    }

    @Test
    void aSeriesSetAfterTheComingInvitationTimeInvitesAtOnce() {
        Turn set = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 4 19h30 Sinh hoạt");

        assertThat(set.text()).contains("Buổi tới: 19:30 04/03/2026", "được gửi ngay");
        Meeting coming = s.onlyMeeting();
        assertThat(coming.start()).isEqualTo(MeetingScenario.at(3, 4, 19, 30));
        assertThat(s.keyed("meeting:" + coming.id() + ":invite:")).singleElement()
                .satisfies(invitation -> assertThat(invitation.chat()).isEqualTo(s.group()));
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 4 19h30 Sinh hoạt").messages())
                .as("set again: the same invitation, not a second").noneMatch(m -> m.key().contains(":invite:"));
    }

    @Test
    void aSeriesSetMinutesBeforeTodaysMeetingInvitesToItAtOnce() {
        s.setTime(3, 5, 0, 40);

        Turn set = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 5 1h05 Sinh hoạt");

        assertThat(set.text()).contains("Buổi tới: 01:05 05/03/2026");
        assertThat(s.onlyMeeting().start()).isEqualTo(MeetingScenario.at(3, 5, 1, 5));
        assertThat(s.keyed("meeting:" + s.onlyMeeting().id() + ":invite:")).hasSize(1);
    }

    @Test
    void aOneOffMeetingRemindsOfItselfAndNotOfAMovedTime() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 10/03 19h30 Họp bất thường");
        Meeting meeting = s.onlyMeeting();
        Reminder reminder = s.saved(MeetingReminders.KIND);

        fire(reminder, meeting.start(), Duration.ofHours(2));
        fire(reminder, meeting.start().plus(Duration.ofDays(1)), Duration.ofHours(2));

        assertThat(s.keyed("reminder:")).hasSize(4);
        assertThat(s.keyed("meeting:" + meeting.id() + ":invite:")).hasSize(1);
    }

    @Test
    void stoppingTheMonthlyMeetingDeletesItsReminders() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky 15 19h30");

        Turn stopped = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop_dinhky tat");

        assertThat(stopped.text()).contains("Đã bỏ lịch họp định kỳ");
        String target = MeetingSeries.target(s.branchId());
        assertThat(s.deleted()).containsExactlyInAnyOrder("meeting:" + target, "meeting-invite:" + target);
    }

    private Reminder saved(String kind) {
        return s.saved(kind);
    }

    private void invite(Instant event) {
        Duration before = s.properties.inviteBefore();
        s.bot.clock().set(event.minus(before));
        s.inviteKind.fire(saved(MeetingReminders.INVITE_KIND), new Occurrence(event.minus(before), event));
    }

    private void fire(Reminder reminder, Instant event, Duration before) {
        s.bot.clock().set(event.minus(before));
        s.kind.fire(reminder, new Occurrence(event.minus(before), event));
    }
}
