package vn.chidoan.core.features.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.PersonId;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.kernel.chat.UnitId;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/**
 * An officer's /baocao: their subtree only, a line per sub-unit, the branches that need attention, the
 * ranking on the unit's weighted criteria (set by /baocao caidat) and, for a quarter, the report upward.
 */
class UnitReportTest {
    ReportScenario s;

    @BeforeEach
    void theProvince() {
        s = new ReportScenario(Database.EMBEDDED);
    }

    @Test
    void aDistrictOfficerSeesTheirBranchesOnlyWithThoseThatNeedAttentionNamed() {
        Turn report = s.bot.inPrivate(s.district).says("/baocao");

        assertThat(report.templates()).as("answered at once, the rest from a job").contains("report.working");
        assertThat(report.text()).contains("Đang tổng hợp báo cáo tháng của Huyện đoàn Kim Bảng");
        assertThat(report.messages()).allSatisfy(m -> assertThat(m.chat()).isEqualTo(s.district.ref().privateChat()));
        String text = ReportScenario.summary(report);
        assertThat(text).contains("Báo cáo Huyện đoàn Kim Bảng", "2 chi đoàn", "6 đoàn viên",
                "1 buổi sinh hoạt, tham gia 50%", "• Chi đoàn 12A1 (1 chi đoàn): sinh hoạt 1 buổi, tham gia 50%",
                "• Chi đoàn 12A2 (1 chi đoàn): sinh hoạt 0 buổi", "Chưa sinh hoạt tháng này: 1 — Chi đoàn 12A2\n",
                "1. Chi đoàn 12A1 (Chi đoàn 12A1) — 75 điểm", "2. Chi đoàn 12A2 (Chi đoàn 12A2) — 0 điểm");
        assertThat(text).doesNotContain("12B1", "Duy Tiên", "chi đoàn khác", "thông báo 0/0");
        Attachment file = ReportScenario.files(report, Attachment.Kind.DOCUMENT).get(0);
        assertThat(SheetRows.of(file.content(), "Sinh hoạt")).extracting(r -> r.get(1))
                .containsExactly("Chi đoàn", "Chi đoàn 12A1", "Chi đoàn 12A2");
        assertThat(SheetRows.of(file.content(), "Cần chú ý")).containsExactly(List.of("Đơn vị", "Chi đoàn", "Lý do"),
                List.of("Chi đoàn 12A2", "Chi đoàn 12A2", "Chưa sinh hoạt tháng này"));
    }

    @Test
    void theProvinceSumsEachDistrictAndDrawsALineAndABarForEach() throws IOException {
        Turn report = s.bot.inPrivate(s.province).says("/baocao quy");

        assertThat(ReportScenario.summary(report)).contains("3 chi đoàn",
                "• Huyện đoàn Duy Tiên (1 chi đoàn): sinh hoạt 1 buổi, tham gia 100%",
                "• Huyện đoàn Kim Bảng (2 chi đoàn): sinh hoạt 3 buổi, tham gia 60%");
        List<Attachment> charts = ReportScenario.files(report, Attachment.Kind.PHOTO);
        assertThat(charts).hasSize(3);
        BufferedImage line = ImageIO.read(new ByteArrayInputStream(charts.get(0).content()));
        assertThat(line.getWidth()).isEqualTo(800);
        assertThat(line.getHeight()).isEqualTo(520);
        BufferedImage participation = ImageIO.read(new ByteArrayInputStream(charts.get(2).content()));
        assertThat(participation.getHeight()).as("a bar per district").isEqualTo(150 + 2 * 56);
    }

    @Test
    void aQuarterAlsoGivesTheReportUpwardInTheUnitsLayout() {
        Turn report = s.bot.inPrivate(s.province).says("/baocao quý");

        List<Attachment> files = ReportScenario.files(report, Attachment.Kind.DOCUMENT);
        assertThat(files).extracting(Attachment::fileName).containsExactly("baocao-quy-1-2026.xlsx",
                "baocao-len-quy-1-2026.xlsx");
        List<List<String>> upward = SheetRows.of(files.get(1).content());
        assertThat(upward.get(0)).containsExactly("Đơn vị", "Số chi đoàn", "Số đoàn viên", "Số buổi sinh hoạt",
                "Tỉ lệ tham gia (%)", "Đoàn phí đã thu (%)", "Thông báo đã xác nhận (%)", "Điểm bình quân",
                "Chi đoàn cần chú ý");
        assertThat(upward).hasSize(4);
        assertThat(upward.get(2).subList(0, 5)).containsExactly("Huyện đoàn Kim Bảng", "2", "6", "3", "60");
        assertThat(upward.get(3).subList(0, 5)).containsExactly("Tổng cộng Tỉnh đoàn Hà Nam", "3", "7", "4", "64");

        s.bot.inPrivate(s.province).says("/baocao caidat mau=daydu");
        List<List<String>> full = SheetRows.of(ReportScenario.files(s.bot.inPrivate(s.province).says("/baocao quý"),
                Attachment.Kind.DOCUMENT).get(1).content());
        assertThat(full.get(0)).hasSize(20).contains("Kết nạp, chuyển đến", "Lượt góp ý");
    }

    @Test
    void theUnitsWeightsDecideTheRankingAndAWrongWordChangesNothing() {
        Turn bad = s.bot.inPrivate(s.district).says("/baocao caidat hop=0 thamgia=nhieu");
        assertThat(bad.templates()).containsExactly("report.settings.bad");
        assertThat(bad.text()).contains("thamgia=nhieu", "/baocao caidat hop=40");

        Turn saved = s.bot.inPrivate(s.district).says("/baocao caidat hop=0 thamgia=100 nguong=60");
        assertThat(saved.text()).contains("Sinh hoạt đều 0 · Tham gia 100", "dưới 60%");

        Turn report = s.bot.inPrivate(s.district).says("/baocao");
        assertThat(ReportScenario.summary(report)).contains("1. Chi đoàn 12A1 (Chi đoàn 12A1) — 50 điểm",
                "Tỉ lệ tham gia dưới ngưỡng: 1 — Chi đoàn 12A1");
        List<List<String>> ranking = SheetRows.of(ReportScenario.files(report, Attachment.Kind.DOCUMENT).get(0)
                .content(), "Xếp hạng");
        assertThat(ranking.get(1).subList(0, 6))
                .containsExactly("1", "Chi đoàn 12A1", "Chi đoàn 12A1", "50", "100", "50");
        assertThat(ReportScenario.summary(s.bot.inPrivate(s.province).says("/baocao")))
                .as("the province keeps the defaults").contains("Sinh hoạt đều 30 · Tham gia 30");
    }

    @Test
    void onlyAnOfficerSetsTheCriteria() {
        assertThat(s.bot.inGroup("-100", s.a1.secretary()).says("/baocao caidat hop=50").templates())
                .containsExactly("report.settings.officer_only");
        assertThat(s.bot.inPrivate(s.district).says("/baocao caidat").text())
                .contains("Sinh hoạt đều 30 · Tham gia 30 · Đoàn phí 20 · Hoạt động 10 · Thông báo 10", "dưới 50%");
    }

    @Test
    void theJobChecksTheOfficerAgainWhenItRunsAndSendsNothingToOneWhoNoLongerLeadsTheUnit() {
        UnitId kimBang = s.bot.org().topOfficerUnit(person(s.district)).orElseThrow().id();
        UnitReportJob job = s.bot.bean(UnitReportJob.class);
        LocalDate day = LocalDate.now(s.bot.clock());

        job.run("from-above", UnitReportJob.params("ev-above", person(s.province), kimBang,
                s.province.ref().privateChat(), "vi", "thang", day));
        job.run("from-aside", UnitReportJob.params("ev-aside", person(s.elsewhere), kimBang,
                s.elsewhere.ref().privateChat(), "vi", "thang", day));

        assertThat(s.bot.outbox().messagesTo(s.province.ref().privateChat()))
                .filteredOn(m -> m.key().startsWith("in:ev-above:report"))
                .anySatisfy(m -> assertThat(m.text()).contains("Báo cáo Huyện đoàn Kim Bảng"));
        assertThat(s.bot.outbox().messagesTo(s.elsewhere.ref().privateChat()))
                .filteredOn(m -> m.key().startsWith("in:ev-aside:report")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("không còn là cán bộ").doesNotContain("Kim Bảng"));
    }

    private PersonId person(Speaker who) {
        return s.bot.members().personOf(who.ref()).orElseThrow().id();
    }
}
