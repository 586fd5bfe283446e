package vn.chidoan.core.features.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * Comments and the roster in the report, counted from what members did in the test: a district post that
 * reached 12A1 (4 members) and 12A2 (2), answered in 12A1 by a comment and a "no comment"; a member of 12A2
 * removed in March.
 */
class ParticipationFiguresTest {
    ReportScenario s;

    @BeforeEach
    void aPostAnsweredTwiceAndAMemberRemoved() {
        s = new ReportScenario(Database.EMBEDDED);
        s.bot.inPrivate(s.district).says("/gopy Kế hoạch tháng 4 hạn 30/03\nTổ chức ngày hội thanh niên.");
        s.bot.inGroup("-100", s.dung).presses("gy:p:1");
        s.bot.inGroup("-100", s.giang).presses("gy:c:1");
        s.bot.inPrivate(s.giang).says("Nên tổ chức vào cuối tuần.");
        s.bot.inPrivate(s.giang).says("Thêm hoạt động hiến máu.");
        s.bot.inGroup("-200", s.a2.secretary()).presses(s.bot.inGroup("-200", s.a2.secretary())
                .says("/thanhvien_xoa 2").buttonData("mdel:"));
    }

    @Test
    void aBranchSeesItsAnswersOutOfItsMembersAndTheOfficerEveryBranchs() {
        String branch = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao").messages().get(0).text();
        assertThat(branch).as("two members answered of four, Giang twice but once for the post")
                .contains("Góp ý: 1 văn bản, 2/4 lượt trả lời (50%)");

        Turn report = s.bot.inPrivate(s.district).says("/baocao");
        Attachment file = ReportScenario.files(report, Attachment.Kind.DOCUMENT).get(0);
        assertThat(SheetRows.of(file.content(), "Góp ý")).containsExactly(
                List.of("Đơn vị", "Chi đoàn", "Văn bản góp ý", "Lượt trả lời góp ý", "Lượt trả lời góp ý — trên tổng",
                        "Lượt trả lời góp ý (%)"),
                List.of("Chi đoàn 12A1", "Chi đoàn 12A1", "1", "2", "4", "50"),
                List.of("Chi đoàn 12A2", "Chi đoàn 12A2", "1", "0", "1", "0"));
        assertThat(SheetRows.of(file.content(), "Đoàn viên")).contains(
                List.of("Chi đoàn 12A2", "Chi đoàn 12A2", "1", "0", "1"));
    }

    @Test
    void aRemovedMemberLeftInTheMonthAndCountedInTheQuarterTheyJoined() {
        String month = s.bot.inGroup("-200", s.a2.secretary()).says("/baocao").messages().get(0).text();
        String quarter = s.bot.inGroup("-200", s.a2.secretary()).says("/baocao quy").messages().get(0).text();

        assertThat(month).contains("Đoàn viên: 1 (mới vào 0, rời 1)");
        assertThat(quarter).contains("Đoàn viên: 1 (mới vào 2, rời 1)");
    }
}
