package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.org.reminder.Reminder;
import vn.chidoan.core.org.reminder.Schedule;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/** /hop posts an invitation; answers are counted, the reason is asked in private, counts are edited in batches. */
class MeetingInvitationTest extends MeetingScenarioTest {

    private Meeting called() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 05/03 19h30 Sinh hoạt tháng 3 tại Hội trường A");
        return s.onlyMeeting();
    }

    private RecordingOutbox.Sent invitation(Meeting meeting) {
        return s.keyed("meeting:" + meeting.id() + ":invite:").get(0);
    }

    @Test
    void theCommitteeCallsAMeetingAndTheGroupGetsTheInvitationWithButtons() {
        Turn created = s.bot.inGroup(MeetingScenario.GROUP, s.secretary)
                .says("/hop 05/03 19h30 Sinh hoạt tháng 3 tại Hội trường A");

        assertThat(created.templates()).contains("meeting.create.done");
        Meeting meeting = s.onlyMeeting();
        assertThat(meeting.start()).isEqualTo(MeetingScenario.at(3, 5, 19, 30));
        assertThat(meeting.topic()).isEqualTo("Sinh hoạt tháng 3");
        assertThat(meeting.place()).isEqualTo("Hội trường A");
        RecordingOutbox.Sent invitation = invitation(meeting);
        assertThat(invitation.chat()).isEqualTo(s.group());
        assertThat(invitation.text()).contains("Sinh hoạt tháng 3", "19:30 ngày 05/03/2026", "Hội trường A",
                "Tham gia: 0", "Vắng có lý do: 0");
        assertThat(invitation.buttons()).extracting(b -> b.label()).containsExactly("Tham gia", "Vắng (có lý do)");
        assertThat(s.saved()).containsExactly(Reminder.of("meeting", meeting.id(), s.branchId(),
                new Schedule.OneOff(meeting.start())));
    }

    @Test
    void handlingTheSameCommandAgainMakesNoSecondMeeting() {
        Turn created = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 05/03 19h30 Sinh hoạt tháng 3");

        Turn replayed = s.bot.replay(created);

        assertThat(replayed.messages()).isEmpty();
        assertThat(s.keyed("meeting:" + s.onlyMeeting().id() + ":invite:")).hasSize(1);
    }

    @Test
    void aMemberWhoCannotComeIsAskedTheReasonInPrivate() {
        Meeting meeting = called();

        Turn away = s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.NO));

        assertThat(away.toast()).contains("nhắn riêng");
        assertThat(away.messages()).singleElement().satisfies(asked -> {
            assertThat(asked.chat()).isEqualTo(s.giang.ref().privateChat());
            assertThat(asked.text()).contains("lý do", "Sinh hoạt tháng 3");
        });
        Turn reason = s.bot.inPrivate(s.giang).says("Em đi thi học sinh giỏi");
        assertThat(reason.templates()).containsExactly("meeting.reason.saved");
        Meeting after = s.meetings.find(meeting.id()).orElseThrow();
        assertThat(after.rsvps()).containsEntry(s.person(s.giang), Rsvp.NO);
        assertThat(after.reasons()).containsEntry(s.person(s.giang), "Em đi thi học sinh giỏi");
        assertThat(s.bot.outbox().messagesTo(s.group())).noneMatch(m -> m.text().contains("học sinh giỏi"));
    }

    @Test
    void aMemberRemovedBeforeGivingTheReasonHasItRefusedAndNothingStored() {
        Meeting meeting = called();
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.NO));
        Turn confirm = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/thanhvien_xoa 3");
        assertThat(confirm.text()).contains("Vũ Văn Giang");
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).presses(confirm.buttonData("mdel:"));

        Turn reason = s.bot.inPrivate(s.giang).says("Em đi thi học sinh giỏi");

        assertThat(reason.templates()).contains("conversation.no_longer_allowed").doesNotContain("meeting.reason.saved");
        assertThat(reason.text()).contains("đoàn viên");
        assertThat(s.meetings.find(meeting.id()).orElseThrow().reasons()).isEmpty();
    }

    @Test
    void aMemberWhoSaysTheyWillComeAfterAllHasNoReasonStoredForAnAbsence() {
        Meeting meeting = called();
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.NO));
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.YES));

        Turn reason = s.bot.inPrivate(s.giang).says("Em đi thi học sinh giỏi");

        assertThat(reason.templates()).containsExactly("meeting.reason.not_away");
        assertThat(reason.text()).contains("Tham gia", "Vắng (có lý do)");
        Meeting after = s.meetings.find(meeting.id()).orElseThrow();
        assertThat(after.rsvps()).containsEntry(s.person(s.giang), Rsvp.YES);
        assertThat(after.reasons()).isEmpty();
    }

    @Test
    void countsAreEditedInBatchesNotOnEveryPress() {
        Meeting meeting = called();
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(meeting, Rsvp.YES));
        s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(RsvpButtons.data(meeting, Rsvp.YES));
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.NO));

        s.tick();
        assertThat(edits(meeting)).as("nothing before the batch period").isEmpty();

        s.bot.clock().advance(s.properties.countsBatch().plusSeconds(1));
        s.tick();
        s.tick();
        assertThat(edits(meeting)).singleElement().satisfies(edit -> {
            assertThat(edit.message().editOf()).isEqualTo(RecordingOutbox.deliveredId(invitation(meeting).key()));
            assertThat(edit.chat()).isEqualTo(s.group());
            assertThat(edit.text()).contains("Tham gia: 2", "Vắng có lý do: 1");
        });

        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.YES));
        s.bot.clock().advance(s.properties.countsBatch().plusSeconds(1));
        s.tick();
        assertThat(edits(meeting)).hasSize(2).last()
                .satisfies(edit -> assertThat(edit.text()).contains("Tham gia: 3", "Vắng có lý do: 0"));
    }

    @Test
    void someoneOutsideTheBranchCannotAnswerAndAnswersCloseAtTheStart() {
        Meeting meeting = called();
        Speaker outsider = s.bot.user("Người Lạ");

        Turn refused = s.bot.inGroup(MeetingScenario.GROUP, outsider).presses(RsvpButtons.data(meeting, Rsvp.YES));
        assertThat(refused.toast()).contains("Chỉ đoàn viên");

        s.bot.clock().set(meeting.start().plus(Duration.ofMinutes(1)));
        Turn late = s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses(RsvpButtons.data(meeting, Rsvp.YES));
        assertThat(late.toast()).contains("đã bắt đầu");
        assertThat(s.meetings.find(meeting.id()).orElseThrow().rsvps()).isEmpty();
    }

    @Test
    void badInputIsAnsweredWithAnExampleAndCreatesNothing() {
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 35/13 19h30 Họp").templates())
                .containsExactly("meeting.create.bad_date");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 05/03 25h Họp").templates())
                .containsExactly("meeting.create.bad_time");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop hôm nay 7h Họp sáng").templates())
                .containsExactly("meeting.create.past");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 05/03").templates())
                .containsExactly("command.hop.usage");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.dung).says("/hop 05/03 19h30 Họp").text())
                .as("a member may not call meetings").doesNotContain("Đã gọi họp");
        assertThat(s.meetings()).isEmpty();
    }

    @Test
    void aDayOfTheLastMonthsIsRefusedAsPassedAndOnlyATypedYearMovesIt() {
        Turn refused = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 01/03 19h Sinh hoạt");

        assertThat(refused.templates()).containsExactly("meeting.create.past");
        assertThat(refused.text()).contains("Ngày này đã qua", "19:00 01/03/2026", "01/12/2027");
        assertThat(s.meetings()).as("not moved to next year").isEmpty();
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 01/03/2027 19h Sinh hoạt");
        assertThat(s.onlyMeeting().start()).isEqualTo(MeetingScenario.at(3, 1, 19, 0).plus(Duration.ofDays(365)));
    }

    private java.util.List<RecordingOutbox.Sent> edits(Meeting meeting) {
        return s.keyed("meeting:" + meeting.id() + ":counts:");
    }

    @Test
    void aMemberWhoErasedTheirDataWhileAskedTheReasonIsNotAskedAgainAndNothingBreaks() {
        Meeting meeting = called();
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses(RsvpButtons.data(meeting, Rsvp.NO));
        Turn asked = s.bot.inPrivate(s.giang).says("/xoadulieu");
        s.bot.inPrivate(s.giang).presses(asked.buttonData("erase:y"));
        int mark = vn.chidoan.core.testing.LogRecorder.mark();

        Turn later = s.bot.inPrivate(s.giang).says("Em đi thi học sinh giỏi");

        assertThat(later.templates()).doesNotContain("pipeline.error", "meeting.reason.saved");
        assertThat(vn.chidoan.core.testing.LogRecorder.errorsSince(mark)).isEmpty();
        assertThat(s.meetings.find(meeting.id()).orElseThrow().reasons()).isEmpty();
    }
}
