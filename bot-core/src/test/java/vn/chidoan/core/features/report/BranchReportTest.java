package vn.chidoan.core.features.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.Database;
import vn.chidoan.core.testing.SheetRows;
import vn.chidoan.core.testing.Turn;

/** A branch's /baocao: the key numbers in the chat, three charts, one .xlsx with a sheet per topic in private. */
@ParameterizedClass
@MethodSource("vn.chidoan.core.testing.Database#all")
class BranchReportTest {
    @Parameter
    Database db;

    ReportScenario s;

    @BeforeEach
    void theProvince() {
        s = new ReportScenario(db);
    }

    @Test
    void theMonthsNumbersAreThoseOfItsMeetingsAndMembers() {
        Turn report = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao");

        assertThat(report.messages().get(0).text()).contains("Báo cáo Chi đoàn 12A1", "tháng 3/2026",
                "(01/03/2026–31/03/2026)", "Đoàn viên: 4 (mới vào 0, rời 0)",
                "Sinh hoạt: 1 buổi, tham gia 2/4 lượt (50%), vắng có lý do 1",
                "02/03/2026 Sinh hoạt tháng 3: 2/4 (50%)");
        assertThat(report.messages().get(0).text()).doesNotContain("tháng 2");
    }

    @Test
    void aQuarterSumsItsMonthsAndAYearItsQuarters() {
        String quarter = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao quý").messages().get(0).text();
        String year = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao nam").messages().get(0).text();

        assertThat(quarter).contains("quý 1/2026", "Đoàn viên: 4 (mới vào 4, rời 0)",
                "Sinh hoạt: 2 buổi, tham gia 5/8 lượt (63%)", "10/02/2026 Sinh hoạt tháng 2: 3/4 (75%)");
        assertThat(year).contains("năm 2026", "(01/01/2026–31/12/2026)", "Sinh hoạt: 2 buổi, tham gia 5/8 lượt");
    }

    @Test
    void threeChartsComeAsPngImagesOfTheirSize() throws IOException {
        Turn report = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao");

        List<Attachment> charts = ReportScenario.files(report, Attachment.Kind.PHOTO);
        assertThat(charts).extracting(Attachment::fileName).containsExactly("thamgia-thang-03-2026.png",
                "tile-thang-03-2026.png", "luot-thang-03-2026.png");
        assertThat(charts).allSatisfy(c -> assertThat(c.mimeType()).isEqualTo("image/png"));
        BufferedImage line = ImageIO.read(new ByteArrayInputStream(charts.get(0).content()));
        assertThat(line.getWidth()).isEqualTo(800);
        assertThat(line.getHeight()).isEqualTo(520);
        BufferedImage rates = ImageIO.read(new ByteArrayInputStream(charts.get(1).content()));
        assertThat(rates.getHeight()).as("one bar: attendance, the only rate with a base").isEqualTo(150 + 56);
        BufferedImage counts = ImageIO.read(new ByteArrayInputStream(charts.get(2).content()));
        assertThat(counts.getWidth()).isEqualTo(800);
    }

    @Test
    void theFileGoesPrivatelyWithASheetPerTopicByMonthByMeetingAndPerMember() {
        Turn report = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao");

        assertThat(report.templates()).contains("report.sent_private");
        Attachment file = report.messages().stream().filter(m -> m.chat().equals(s.a1.secretary().ref().privateChat()))
                .map(m -> m.message().attachment()).filter(a -> a != null).findFirst().orElseThrow();
        assertThat(file.fileName()).isEqualTo("baocao-thang-03-2026.xlsx");
        assertThat(SheetRows.names(file.content())).containsSubsequence("Đoàn viên", "Sinh hoạt", "Theo tháng",
                "Theo buổi họp", "Từng đoàn viên");
        assertThat(SheetRows.of(file.content(), "Sinh hoạt")).containsExactly(
                List.of("Chi đoàn", "Số buổi sinh hoạt", "Lượt tham gia sinh hoạt",
                        "Lượt tham gia sinh hoạt — trên tổng", "Lượt tham gia sinh hoạt (%)", "Vắng có lý do"),
                List.of("Chi đoàn 12A1", "1", "2", "4", "50", "1"));
        assertThat(SheetRows.of(file.content(), "Theo tháng")).hasSize(7)
                .contains(List.of("2/2026", "1", "3", "4", "75"), List.of("3/2026", "1", "2", "4", "50"),
                        List.of("1/2026", "0", "0", "0", "0"));
        assertThat(SheetRows.of(file.content(), "Theo buổi họp")).containsExactly(
                List.of("Ngày", "Nội dung", "Có mặt", "Dự kiến", "Tỉ lệ tham gia (%)", "Vắng có lý do"),
                List.of("02/03/2026", "Sinh hoạt tháng 3", "2", "4", "50", "1"));
        List<List<String>> each = SheetRows.of(file.content(), "Từng đoàn viên");
        assertThat(each.get(0)).startsWith("STT", "Họ tên").contains("Lượt tham gia sinh hoạt");
        int attended = each.get(0).indexOf("Lượt tham gia sinh hoạt");
        assertThat(each).hasSize(5);
        assertThat(each.stream().filter(r -> r.get(1).equals("Phạm Thị Dung")).findFirst().orElseThrow().get(attended))
                .isEqualTo("1/1");
        assertThat(each.stream().filter(r -> r.get(1).equals("Lê Thị Hoa")).findFirst().orElseThrow().get(attended))
                .isEqualTo("0/1");
    }

    @Test
    void aMemberGetsNoReportAndAWordItDoesNotKnowSaysWhatToType() {
        assertThat(s.bot.inGroup("-100", s.dung).says("/baocao").templates()).doesNotContain("report.branch.summary");
        Turn wrong = s.bot.inGroup("-100", s.a1.secretary()).says("/baocao tuần");
        assertThat(wrong.templates()).containsExactly("command.baocao.usage");
        assertThat(wrong.text()).contains("/baocao quý");
    }

    @Test
    void theLatestMeetingsRollIsStillAWordAway() {
        Turn roll = s.bot.inPrivate(s.a1.secretary()).says("/baocao hop");

        Attachment file = roll.messages().get(0).message().attachment();
        assertThat(file.fileName()).isEqualTo("diemdanh-buoi-hop-02-03-2026.xlsx");
        assertThat(SheetRows.of(file.content())).hasSize(5);
    }
}
