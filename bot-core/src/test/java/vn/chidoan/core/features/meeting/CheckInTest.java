package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Button;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.features.meeting.checkin.Attendance;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/** /diemdanh: the "Có mặt" button, its window and late mark, marking by the BCH, and the close report. */
class CheckInTest extends MeetingScenarioTest {
    Meeting meeting;

    @BeforeEach
    void meetingTonight() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 02/03 19h30 Sinh hoạt tháng 3");
        meeting = s.onlyMeeting();
    }

    private Turn opened() {
        s.setTime(3, 2, 19, 10);
        return s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh");
    }

    private Turn press(Speaker who) {
        return s.bot.inGroup(MeetingScenario.GROUP, who).presses("mci:" + meeting.id());
    }

    @Test
    void checkInOpensHalfAnHourBeforeAndSaysSoWhenAskedEarlier() {
        Turn early = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh");

        assertThat(early.templates()).containsExactly("meeting.checkin.not_yet");
        assertThat(early.text()).contains("từ 19:00 đến 20:30");
        assertThat(opened().text()).contains("Điểm danh", "Sinh hoạt tháng 3");
    }

    @Test
    void aPressRecordsTheMemberOnceAndLateAfterFifteenMinutes() {
        Turn post = opened();
        assertThat(post.buttons()).extracting(Button::data).contains("mci:" + meeting.id());

        assertThat(press(s.dung).toast()).contains("có mặt");
        assertThat(press(s.dung).toast()).contains("đã điểm danh rồi");
        s.setTime(3, 2, 19, 46);
        assertThat(press(s.giang).toast()).contains("muộn");

        assertThat(s.checkIns.of(meeting)).extracting(Attendance::person, Attendance::late).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(s.person(s.dung), false),
                org.assertj.core.groups.Tuple.tuple(s.person(s.giang), true));
    }

    @Test
    void outsideTheWindowAndOutsideTheBranchArePlainlyRefused() {
        opened();
        assertThat(press(s.bot.user("Người Lạ")).toast()).contains("Chỉ đoàn viên");

        s.setTime(3, 2, 20, 31);
        assertThat(press(s.hoa).toast()).contains("Ngoài giờ điểm danh");
        assertThat(s.checkIns.of(meeting)).isEmpty();
    }

    @Test
    void theCommitteeMarksByReplyingToAMemberOrPickingFromTheRoster() {
        Turn post = opened();

        Turn replied = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).replyingTo(s.dung).says("/diemdanh");
        assertThat(replied.templates()).containsExactly("meeting.mark.done");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).replyingTo(s.dung).says("/diemdanh").templates())
                .containsExactly("meeting.mark.already");

        Turn refused = s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(post.buttonData("mmk:"));
        assertThat(refused.toast()).contains("Chỉ BCH");
        Turn picker = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).presses(post.buttonData("mmk:"));
        RecordingOutbox.Sent list = picker.messages().get(0);
        assertThat(list.chat()).isEqualTo(s.secretary.ref().privateChat());
        assertThat(list.buttons()).extracting(Button::label)
                .contains("3. Vũ Văn Giang", "4. Lê Thị Hoa").doesNotContain("2. Phạm Thị Dung");

        String giang = list.buttons().stream().filter(b -> b.label().contains("Giang")).findFirst().orElseThrow().data();
        assertThat(s.bot.inPrivate(s.hoa).presses(giang).toast()).contains("Chỉ BCH");
        assertThat(s.bot.inPrivate(s.secretary).presses(giang).templates()).containsExactly("meeting.mark.done");
        assertThat(s.checkIns.of(meeting)).extracting(Attendance::person)
                .containsExactlyInAnyOrder(s.person(s.dung), s.person(s.giang));
    }

    @Test
    void closingPostsTheNumbersAndKeepsReasonsForTheCommittee() {
        s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(RsvpButtons.data(meeting, Rsvp.NO));
        s.bot.inPrivate(s.hoa).says("Đi công tác ở Hà Nội");
        opened();
        press(s.dung);
        s.setTime(3, 2, 19, 50);
        press(s.giang);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/bienban Thống nhất tổ chức hiến máu ngày 20/3");

        Turn closed = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");

        RecordingOutbox.Sent report = closed.messages().stream().filter(m -> m.chat().equals(s.group())).findFirst()
                .orElseThrow();
        assertThat(report.text()).contains("Có mặt: 1 — Phạm Thị Dung", "Đến muộn: 1 — Vũ Văn Giang",
                "Vắng có lý do: 1 — Lê Thị Hoa", "Vắng: 1 — Bí Thư Chi đoàn 12A1", "Tham gia 2/4 (50%)",
                "Thống nhất tổ chức hiến máu").doesNotContain("công tác");
        assertThat(closed.messages()).filteredOn(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .singleElement().satisfies(reasons -> assertThat(reasons.text()).contains("Lê Thị Hoa: Đi công tác ở Hà Nội"));

        assertThat(press(s.secretary).toast()).as("closed means closed").contains("Ngoài giờ");
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong").templates())
                .containsExactly("meeting.close.already");
    }

    @Test
    void anErasedPersonLeavesNoTraceAndAMergedOneKeepsTheirs() {
        opened();
        press(s.dung);
        press(s.giang);
        s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(RsvpButtons.data(meeting, Rsvp.NO));
        var hoa = s.person(s.hoa);
        var giang = s.person(s.giang);

        s.bot.members().erase(s.person(s.dung));
        s.bot.personal().move(hoa, giang);

        assertThat(s.checkIns.of(meeting)).extracting(Attendance::person).containsExactly(giang);
        assertThat(s.meetings.find(meeting.id()).orElseThrow().rsvps()).containsOnlyKeys(giang);
    }
}
