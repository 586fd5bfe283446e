package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Scenarios;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/** /baocao: the monthly rate in the chat, the .xlsx files in private; /toi: the member's history. */
class AttendanceReportTest extends MeetingScenarioTest {

    @BeforeEach
    void aClosedMeeting() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 02/03 19h30 Sinh hoạt tháng 3");
        Meeting meeting = s.onlyMeeting();
        s.bot.inGroup(MeetingScenario.GROUP, s.hoa).presses(RsvpButtons.data(meeting, Rsvp.NO));
        s.bot.inPrivate(s.hoa).says("Ốm");
        s.setTime(3, 2, 19, 10);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh");
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses("mci:" + meeting.id());
        s.setTime(3, 2, 19, 50);
        s.bot.inGroup(MeetingScenario.GROUP, s.giang).presses("mci:" + meeting.id());
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");
        s.setTime(3, 20, 9, 0);
    }

    @Test
    void theBranchRateByMonthAndItsFileGoPrivately() throws IOException {
        Turn report = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao");

        assertThat(report.messages().get(0).text()).contains("Chi đoàn 12A1 — 3/2026: 1 buổi, 2/4 lượt (50%)");
        RecordingOutbox.Sent file = privateFile(report);
        List<List<String>> months = rows(file, 0);
        assertThat(months.get(0)).containsExactly("Chi đoàn", "Tháng", "Số buổi", "Lượt dự kiến", "Có mặt", "Muộn",
                "Vắng có lý do", "Vắng", "Tỉ lệ tham gia (%)");
        assertThat(months).hasSize(7).contains(List.of("Chi đoàn 12A1", "3/2026", "1", "4", "1", "1", "1", "1", "50"));
        List<List<String>> meetings = rows(file, 1);
        assertThat(meetings).hasSize(2);
        assertThat(meetings.get(1)).containsExactly("Chi đoàn 12A1", "02/03/2026 19:30", "Sinh hoạt tháng 3", "4", "1",
                "1", "1", "1", "50");
    }

    @Test
    void theLatestMeetingsFileHasARowPerMember() throws IOException {
        Turn report = s.bot.inPrivate(s.secretary).says("/baocao hop");

        List<List<String>> rows = rows(report.messages().get(0), 0);
        assertThat(rows).containsExactly(List.of("STT", "Họ tên", "Trạng thái", "Lý do vắng"),
                List.of("1", "Phạm Thị Dung", "Có mặt"), List.of("2", "Vũ Văn Giang", "Đến muộn"),
                List.of("3", "Lê Thị Hoa", "Vắng có lý do", "Ốm"), List.of("4", "Bí Thư Chi đoàn 12A1", "Vắng"));
    }

    @Test
    void theTwoReportsAreFilesNamedForWhatTheyHold() {
        Turn months = s.bot.inPrivate(s.secretary).says("/baocao");
        Turn meeting = s.bot.inPrivate(s.secretary).says("/baocao hop");

        assertThat(privateFile(months).message().attachment().fileName())
                .isEqualTo("diemdanh-theo-thang-10-2025-den-03-2026.xlsx");
        assertThat(privateFile(meeting).message().attachment().fileName())
                .isEqualTo("diemdanh-buoi-hop-02-03-2026.xlsx");
        assertThat(privateFile(months).text()).contains("diemdanh-theo-thang-10-2025-den-03-2026.xlsx");
    }

    @Test
    void anOfficerSeesEveryBranchUnderThemAndAMemberNothing() {
        var other = Scenarios.linkedBranch(s.bot, s.officer, "Chi đoàn 12A2", "-200");
        s.bot.inGroup("-200", other.secretary()).says("/hop 25/03 19h30 Sinh hoạt 12A2");
        s.setTime(3, 25, 21, 0);

        Turn report = s.bot.inPrivate(s.officer).says("/baocao");

        assertThat(report.templates()).contains("meeting.report.working", "meeting.report.rollup");
        List<RecordingOutbox.Sent> fromJob = report.messages().stream()
                .filter(m -> m.key().startsWith("in:" + report.eventKey() + ":report:")).toList();
        assertThat(fromJob).hasSize(2).allSatisfy(m -> assertThat(m.chat()).isEqualTo(s.officer.ref().privateChat()));
        assertThat(fromJob.get(0).text()).contains("Chi đoàn 12A1: 1 buổi, 2/4 lượt (50%)",
                "Chi đoàn 12A2: 1 buổi, 0/1 lượt (0%)", "Tổng: 2 buổi, 2/5 lượt (40%)").doesNotContain("3/2026");
        assertThat(rows(fromJob.get(1), 0)).contains(List.of("Chi đoàn 12A1", "3/2026", "1", "4", "1", "1", "1", "1", "50"),
                List.of("Chi đoàn 12A2", "3/2026", "1", "1", "0", "0", "0", "1", "0"));
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.dung).says("/baocao").templates())
                .doesNotContain("meeting.report.summary");
    }

    @Test
    void aMeetingWhoseCheckInClosedBeforeItsStartTimeCountsAsHeld() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 20/03 9h20 Họp nhanh");
        Meeting quick = s.meetings().get(1);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh");
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses("mci:" + quick.id());
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao").messages().get(0).text())
                .as("still open, not started: not held yet").contains("3/2026: 1 buổi, 2/4 lượt (50%)");

        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");

        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao").messages().get(0).text())
                .contains("Chi đoàn 12A1 — 3/2026: 2 buổi, 3/8 lượt");
        assertThat(s.bot.inPrivate(s.dung).says("/toi").text()).contains("tham gia 2/2 buổi", "20/03/2026 Họp nhanh: có mặt");
    }

    @Test
    void aMemberSeesTheirAttendanceInToi() {
        assertThat(s.bot.inPrivate(s.giang).says("/toi").text())
                .contains("tham gia 1/1 buổi", "02/03/2026 Sinh hoạt tháng 3: đến muộn");
        assertThat(s.bot.inPrivate(s.hoa).says("/toi").text()).contains("tham gia 0/1", "vắng có lý do");
    }

    private RecordingOutbox.Sent privateFile(Turn turn) {
        return turn.messages().stream().filter(m -> m.chat().equals(s.secretary.ref().privateChat()))
                .filter(m -> m.message().attachment() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no private file in " + turn));
    }

    private static List<List<String>> rows(RecordingOutbox.Sent sent, int sheetIndex) {
        Attachment file = sent.message().attachment();
        assertThat(file.fileName()).endsWith(".xlsx");
        return SheetRows.of(file.content(), sheetIndex);
    }
}
