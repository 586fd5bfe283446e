package vn.chidoan.core.features.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.org.activity.Standings;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.TestBot;

/** /toi: my year so far, from every feature's figures, and my classification once there is one. */
class MyYearTest {

    @Test
    void aMemberSeesTheMeetingsTheyAttendedAndNoClassificationYet() {
        ReportScenario s = new ReportScenario(Database.EMBEDDED);

        assertThat(s.bot.inPrivate(s.dung).says("/toi").text()).contains("Năm 2026 của tôi",
                "Sinh hoạt: dự 2/2 buổi", "Xếp loại: chưa có");
        assertThat(s.bot.inPrivate(s.hoa).says("/toi").text()).as("away with a reason in March")
                .contains("Sinh hoạt: dự 1/2 buổi");
        assertThat(s.bot.inPrivate(s.a1.secretary()).says("/toi").text()).contains("Sinh hoạt: dự 0/2 buổi");
    }

    @Test
    void theClassificationTheRecordsDecidedIsShown() {
        Standings decided = (person, year) -> year == 2026 ? Optional.of("good") : Optional.empty();
        ReportScenario s = new ReportScenario(TestBot.builder(Database.EMBEDDED).with(decided).build());

        assertThat(s.bot.inPrivate(s.dung).says("/toi").text()).contains("Xếp loại: Hoàn thành tốt nhiệm vụ");
    }

    @Test
    void aClassificationOutsideTheFourGradesIsNotShown() {
        Standings odd = (PersonId person, int year) -> Optional.of("legendary");
        ReportScenario s = new ReportScenario(TestBot.builder(Database.EMBEDDED).with(odd).build());

        assertThat(s.bot.inPrivate(s.dung).says("/toi").text()).contains("Xếp loại: chưa có");
    }
}
