package vn.chidoan.core.features.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/** /baocao hop: the latest meeting's .xlsx; the meetings in /baocao; /toi: the member's history. */
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
    void theLatestMeetingsFileHasARowPerMember() throws IOException {
        Turn report = s.bot.inPrivate(s.secretary).says("/baocao hop");

        List<List<String>> rows = rows(report.messages().get(0), 0);
        assertThat(rows).containsExactly(List.of("STT", "Họ tên", "Trạng thái", "Lý do vắng"),
                List.of("1", "Phạm Thị Dung", "Có mặt"), List.of("2", "Vũ Văn Giang", "Đến muộn"),
                List.of("3", "Lê Thị Hoa", "Vắng có lý do", "Ốm"), List.of("4", "Bí Thư Chi đoàn 12A1", "Vắng"));
    }

    @Test
    void theMeetingsFileIsNamedForItsDayAndGoesPrivatelyFromTheGroup() {
        Turn meeting = s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao hop");

        assertThat(privateFile(meeting).message().attachment().fileName())
                .isEqualTo("diemdanh-buoi-hop-02-03-2026.xlsx");
        assertThat(privateFile(meeting).text()).contains("diemdanh-buoi-hop-02-03-2026.xlsx");
        assertThat(meeting.templates()).contains("meeting.report.sent_private");
    }

    @Test
    void aMeetingWhoseCheckInClosedBeforeItsStartTimeCountsAsHeld() {
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/hop 20/03 9h20 Họp nhanh");
        Meeting quick = s.meetings().get(1);
        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh");
        s.bot.inGroup(MeetingScenario.GROUP, s.dung).presses("mci:" + quick.id());
        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao").messages().get(0).text())
                .as("still open, not started: not held yet").contains("Sinh hoạt: 1 buổi, tham gia 2/4 lượt (50%)");

        s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/diemdanh_dong");

        assertThat(s.bot.inGroup(MeetingScenario.GROUP, s.secretary).says("/baocao").messages().get(0).text())
                .contains("Sinh hoạt: 2 buổi, tham gia 3/8 lượt");
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
