package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chidoan.sandbox.SandboxView;

/**
 * README's walkthrough, steps 5 (a plan for comment), 6 (a meeting), 7 (a sign-up and a poll) and 9 (a
 * notice), followed literally with the demo dataset through the sandbox's own API (the one the page calls):
 * what each persona sees in the group and in their private chat, the files they get, the QR code they scan.
 * One app start.
 */
class SandboxWalkthroughTest extends SandboxWalkthrough {

    @Test
    void step5APlanForCommentRepliesTheButtonsMyCommentsAndTheResultsWithTheirFile() throws Exception {
        assertThat(roles(SECRETARY)).as("labelled Bí thư · Chi đoàn 12A1")
                .containsExactly(new SandboxView.Role("SECRETARY", "Chi đoàn 12A1"));
        assertThat(roles(MEMBERS.get(0))).as("labelled Đoàn viên · Chi đoàn 12A1")
                .containsExactly(new SandboxView.Role("MEMBER", "Chi đoàn 12A1"));
        sandbox.say(SECRETARY, GROUP, "/gopy Kế hoạch tháng 12 hạn 20/12 17h\nTuần 1: ra quân tình nguyện.\n"
                + "Tuần 2: hiến máu.", null, null);
        SandboxView.Message post = awaitBot(SECRETARY, GROUP, "Xin ý kiến góp ý: Kế hoạch tháng 12");
        assertThat(plain(post)).contains("Hạn góp ý: 17:00 20/12/", "Tuần 2: hiến máu.");
        assertThat(labels(post)).containsExactly(List.of("Góp ý", "Không có ý kiến"), List.of("Xem góp ý của tôi"));
        awaitBot(SECRETARY, GROUP, "Đã đăng bài góp ý #");

        String replier = MEMBERS.get(0);
        assertThat(awaitBot(replier, GROUP, "Xin ý kiến góp ý: Kế hoạch tháng 12").id()).isEqualTo(post.id());
        sandbox.say(replier, GROUP, "Đề nghị thêm buổi dọn vệ sinh trường.", post.id(), null);
        awaitBot(replier, GROUP, "Đã ghi nhận ý kiến 1.1");

        String writer = MEMBERS.get(1);
        assertThat(pressForToast(writer, GROUP, post, "Góp ý")).isEqualTo("Mời bạn xem tin nhắn riêng với bot.");
        awaitBot(writer, writer, "Mời bạn góp ý cho «Kế hoạch tháng 12»");
        sandbox.say(writer, writer, "Tuần 3 nên có giao lưu thể thao.", null, null);
        awaitBot(writer, writer, "Đã ghi nhận ý kiến 1.2");

        press(replier, GROUP, post, "Xem góp ý của tôi");
        SandboxView.Message mine = awaitBot(replier, replier, "Góp ý của bạn cho «Kế hoạch tháng 12»");
        assertThat(mine.markup()).contains("Đề nghị thêm buổi dọn vệ sinh trường.");
        assertThat(labels(mine)).containsExactly(List.of("Sửa 1.1", "Rút 1.1"));
        press(replier, replier, mine, "Sửa 1.1");
        awaitBot(replier, replier, "Gửi nội dung mới cho ý kiến 1.1");
        sandbox.say(replier, replier, "Đề nghị thêm buổi dọn vệ sinh sân trường.", null, null);
        awaitBot(replier, replier, "Đã sửa ý kiến 1.1");
        assertThat(pressForToast(MEMBERS.get(2), GROUP, post, "Không có ý kiến")).isEqualTo("Đã ghi nhận: không có ý kiến.");

        sandbox.say(SECRETARY, GROUP, "/gopy_ketqua", null, null);
        awaitBot(SECRETARY, GROUP, "Đã gửi kết quả góp ý bài #1 vào tin nhắn riêng của bạn.");
        SandboxView.Message summary = awaitBot(SECRETARY, SECRETARY, "Kết quả góp ý bài #1: Kế hoạch tháng 12");
        assertThat(plain(summary)).contains("Đã góp ý: 2 · Không có ý kiến: 1 · Chưa trả lời: 7 (trên 10 đoàn viên)",
                "Đề nghị thêm buổi dọn vệ sinh sân trường.", "(đã sửa)", "Tuần 3 nên có giao lưu thể thao.");
        SandboxView.Message excel = awaitBot(SECRETARY, SECRETARY, "Tệp Excel góp ý bài #1");
        try (XSSFWorkbook workbook = workbook(SECRETARY, excel)) {
            assertThat(cells(workbook.getSheet("Góp ý")))
                    .contains("Đề nghị thêm buổi dọn vệ sinh sân trường.", "Tuần 3 nên có giao lưu thể thao.", name(writer));
        }
    }

    @Test
    void step6AMeetingItsAnswersCheckInByButtonAndQrTheReportAndTheMonthlyFile() throws Exception {
        sandbox.say(SECRETARY, GROUP, "/hop mai 19h30 Sinh hoạt chi đoàn tại Phòng 12A1", null, null);
        SandboxView.Message invitation = awaitBot(MEMBERS.get(0), GROUP, "Mời họp chi đoàn");
        assertThat(plain(invitation)).contains("Sinh hoạt chi đoàn", "19:30", "📍 Phòng 12A1",
                "✅ Tham gia: 0 · 🙏 Vắng có lý do: 0");
        assertThat(labels(invitation)).containsExactly(List.of("Tham gia", "Vắng (có lý do)"));
        assertThat(pressForToast(MEMBERS.get(0), GROUP, invitation, "Tham gia")).isEqualTo("Đã ghi nhận: bạn tham gia. Hẹn gặp!");
        press(MEMBERS.get(1), GROUP, invitation, "Tham gia");
        String away = MEMBERS.get(2);
        assertThat(pressForToast(away, GROUP, invitation, "Vắng (có lý do)"))
                .isEqualTo("Đã ghi nhận vắng. Mình đã nhắn riêng để hỏi lý do.");
        awaitBot(away, away, "Bạn báo vắng buổi họp:");
        sandbox.say(away, away, "Em có lịch thi học sinh giỏi.", null, null);
        awaitBot(away, away, "Đã ghi lý do vắng");
        assertThat(awaitEdit(SECRETARY, GROUP, invitation, "Tham gia: 2 · 🙏 Vắng có lý do: 1").edited()).isTrue();

        sandbox.say(SECRETARY, GROUP, "/hop " + soon(clock) + " Sinh hoạt chi đoàn tại Phòng 12A1", null, null);
        SandboxView.Message today = awaitBot(SECRETARY, GROUP, "Mời họp chi đoàn", m -> !m.id().equals(invitation.id()));
        press(MEMBERS.get(3), GROUP, today, "Vắng (có lý do)");
        awaitBot(MEMBERS.get(3), MEMBERS.get(3), "Bạn báo vắng buổi họp:");

        sandbox.say(SECRETARY, GROUP, "/diemdanh", null, null);
        SandboxView.Message checkIn = awaitBot(MEMBERS.get(0), GROUP, "📋 Điểm danh"); // not /hop's "Điểm danh bằng …"
        assertThat(labels(checkIn)).first().isEqualTo(List.of("Có mặt"));
        assertThat(pressForToast(MEMBERS.get(0), GROUP, checkIn, "Có mặt")).isEqualTo("✅ Đã điểm danh: có mặt.");

        sandbox.say(SECRETARY, GROUP, "/diemdanh_qr", null, null);
        SandboxView.Message qr = awaitBot(MEMBERS.get(1), GROUP, "Quét mã để điểm danh");
        assertThat(qr.file()).isNotNull();
        assertThat(qr.file().kind()).isEqualTo("PHOTO");
        assertThat(qr.file().mime()).isEqualTo("image/png");
        String scanned = decodeQr(sandbox.file(MEMBERS.get(1), qr.file().id()).data());
        assertThat(scanned).startsWith("/sandbox/#start=dd_");
        assertThat(qr.file().link()).as("the page opens the code's link on a click, as a phone's camera would")
                .isEqualTo(scanned);
        String scanner = MEMBERS.get(1);
        sandbox.say(scanner, scanner, "/start " + scanned.substring(scanned.indexOf('=') + 1), null, null);
        awaitBot(scanner, scanner, "Đã điểm danh: bạn có mặt ở buổi");

        sandbox.say(SECRETARY, GROUP, "/diemdanh_dong", null, null);
        SandboxView.Message report = awaitBot(SECRETARY, GROUP, "Kết quả điểm danh");
        assertThat(plain(report)).contains("✅ Có mặt: 2 — ", name(MEMBERS.get(0)), name(scanner),
                "🙏 Vắng có lý do: 1 — " + name(MEMBERS.get(3)), "❌ Vắng: 7", "Tham gia 2/10 (20%)");

        sandbox.say(SECRETARY, GROUP, "/baocao", null, null);
        SandboxView.Message rates = awaitBot(SECRETARY, GROUP, "Tỉ lệ tham gia sinh hoạt");
        assertThat(plain(rates)).contains("Chi đoàn 12A1 — ", ": 1 buổi, 2/10 lượt (20%)");
        awaitBot(SECRETARY, GROUP, "File Excel đã gửi vào chat riêng của bạn.");
        SandboxView.Message file = awaitBot(SECRETARY, SECRETARY, "📎", m -> m.file() != null
                && m.file().name().endsWith(".xlsx"));
        try (XSSFWorkbook workbook = workbook(SECRETARY, file)) {
            assertThat(cells(workbook.getSheet("Theo tháng"))).contains("Chi đoàn 12A1");
            assertThat(cells(workbook.getSheet("Theo buổi"))).contains("Sinh hoạt chi đoàn", "10.0", "2.0", "20.0");
        }
    }

    @Test
    void step7ASignUpWithTwoPlacesAWaitlistPromotedAPollWithItsChartAndTheResultsFile() throws Exception {
        sandbox.say(SECRETARY, GROUP, "/dangky_tao Hiến máu nhân đạo | mai 7h30 | 2 chỗ", null, null);
        SandboxView.Message signUp = awaitBot(MEMBERS.get(0), GROUP, "Đăng ký: Hiến máu nhân đạo");
        assertThat(plain(signUp)).contains("0/2 đã đăng ký · 0 chờ");
        assertThat(pressForToast(MEMBERS.get(0), GROUP, signUp, "Đăng ký")).contains("chỗ 1/2");
        press(MEMBERS.get(1), GROUP, signUp, "Đăng ký");
        String waiting = MEMBERS.get(2);
        assertThat(pressForToast(waiting, GROUP, signUp, "Đăng ký")).isEqualTo("Hết chỗ: bạn ở danh sách chờ, thứ tự 1.");
        awaitEdit(SECRETARY, GROUP, signUp, "2/2 đã đăng ký · 1 chờ");
        SandboxView.Message note = awaitBot(MEMBERS.get(0), MEMBERS.get(0), "Đã đăng ký «Hiến máu nhân đạo»");
        press(MEMBERS.get(0), MEMBERS.get(0), note, "Rút đăng ký");
        awaitBot(waiting, waiting, "Bạn đã có chỗ trong «Hiến máu nhân đạo» (chỗ 2/2)");

        sandbox.say(SECRETARY, GROUP, "/binhchon Đi dã ngoại ở đâu? | Huế | Hội An", null, null);
        SandboxView.Message poll = awaitBot(MEMBERS.get(3), GROUP, "Bình chọn: Đi dã ngoại ở đâu?");
        assertThat(labels(poll)).containsExactly(List.of("Huế"), List.of("Hội An"));
        assertThat(pressForToast(MEMBERS.get(3), GROUP, poll, "Hội An")).isEqualTo("Đã ghi nhận phiếu: Hội An.");
        press(MEMBERS.get(0), GROUP, poll, "Hội An");
        awaitBot(SECRETARY, GROUP, "Đã mở bình chọn #1");
        sandbox.say(SECRETARY, GROUP, "/binhchon_ketqua", null, null);
        SandboxView.Message counts = awaitBot(SECRETARY, GROUP, "Kết quả bình chọn #1: Đi dã ngoại ở đâu?");
        assertThat(plain(counts)).contains("1. Huế: 0 (0%)", "2. Hội An: 2 (100%)");
        SandboxView.Message chart = awaitBot(SECRETARY, GROUP, "Biểu đồ bình chọn #1", m -> m.file() != null);
        assertThat(chart.file().mime()).isEqualTo("image/png");

        sandbox.say(SECRETARY, GROUP, "/dangky_ketqua", null, null);
        SandboxView.Message results = awaitBot(SECRETARY, SECRETARY, "Kết quả đăng ký #1: Hiến máu nhân đạo");
        assertThat(plain(results)).contains("Đã đăng ký: 2/2 · Chờ: 0 · Đã rút: 1");
        SandboxView.Message file = awaitBot(SECRETARY, SECRETARY, "Tệp Excel đăng ký #1", m -> m.file() != null);
        try (XSSFWorkbook workbook = workbook(SECRETARY, file)) {
            assertThat(cells(workbook.getSheetAt(0))).contains(name(MEMBERS.get(1)), name(waiting), name(MEMBERS.get(0)));
        }
    }

    @Test
    void step8ANoticeFromTheSchoolUnionIsAcknowledgedByTheSecretaryAndSeenByAMember() throws Exception {
        assertThat(roles(SCHOOL_OFFICER)).containsExactly(new SandboxView.Role("OFFICER", "Đoàn trường THPT Phú Xuân"));
        sandbox.say(SCHOOL_OFFICER, SCHOOL_OFFICER, "/thongbao Lịch trực tuần 2 của các chi đoàn.", null, null);
        SandboxView.Message options = awaitBot(SCHOOL_OFFICER, SCHOOL_OFFICER, "Thông báo sắp gửi");
        assertThat(plain(options)).contains("mọi chi đoàn của Đoàn trường THPT Phú Xuân", "(2 chi đoàn)");
        press(SCHOOL_OFFICER, SCHOOL_OFFICER, options, "📤 Gửi");
        SandboxView.Message progress = awaitBot(SCHOOL_OFFICER, SCHOOL_OFFICER, "Thông báo #1");

        SandboxView.Message notice = awaitBot(SECRETARY, GROUP, "THÔNG BÁO #1");
        assertThat(plain(notice)).contains("Đoàn trường THPT Phú Xuân", "Lịch trực tuần 2 của các chi đoàn.");
        assertThat(labels(notice)).containsExactly(List.of("✅ Đã nhận"));
        assertThat(pressForToast(MEMBERS.get(0), GROUP, notice, "✅ Đã nhận")).isEqualTo("Đã ghi nhận bạn đã xem thông báo.");
        assertThat(pressForToast(SECRETARY, GROUP, notice, "✅ Đã nhận")).isEqualTo("Đã xác nhận thay chi đoàn. Cảm ơn!");
        assertThat(plain(awaitEdit(SCHOOL_OFFICER, SCHOOL_OFFICER, progress, "Đã gửi xong"))).contains("2/2 tin");

        sandbox.say(SCHOOL_OFFICER, SCHOOL_OFFICER, "/thongbao_ketqua", null, null);
        SandboxView.Message results = awaitBot(SCHOOL_OFFICER, SCHOOL_OFFICER, "Kết quả thông báo #1");
        assertThat(plain(results)).contains("Đã xác nhận «Đã nhận»: 1/2 chi đoàn · Chưa: 1",
                "Lượt đoàn viên báo đã xem: 1", "• Chi đoàn 11A2");
        SandboxView.Message file = awaitBot(SCHOOL_OFFICER, SCHOOL_OFFICER, "Tệp Excel kết quả thông báo #1", m -> m.file() != null
                && m.file().name().endsWith(".xlsx"));
        try (XSSFWorkbook workbook = workbook(SCHOOL_OFFICER, file)) {
            assertThat(cells(workbook.getSheetAt(0))).contains("Chi đoàn 12A1", "Đã nhận", name(SECRETARY),
                    "Chi đoàn 11A2", "Chưa");
        }
    }

    /** "hôm nay" and a time ten minutes ahead, in the app's zone (tomorrow's date just before midnight). */
    static String soon(Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime at = now.plusMinutes(10).truncatedTo(ChronoUnit.MINUTES);
        String day = at.toLocalDate().equals(now.toLocalDate()) ? "hôm nay" : "mai";
        return day + " " + at.format(DateTimeFormatter.ofPattern("HH'h'mm"));
    }
}
