package vn.chidoan.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chidoan.sandbox.SandboxView;

/**
 * README's walkthrough, step 8 (fees), followed literally with the demo dataset: the secretary opens the book
 * and gives the account, a member scans the VietQR code and reports paying, the secretary confirms, records
 * the rest of the branch but one, sees who owes and gets the book's file. One app start.
 */
class SandboxFeeWalkthroughTest extends SandboxWalkthrough {

    @Test
    void step8FeesTheVietQrCodeTiDaNopTheBchsConfirmationTheWholeBranchWhoOwesAndTheBook() throws Exception {
        sandbox.say(SECRETARY, GROUP, "/doanphi mo", null, null);
        awaitBot(SECRETARY, GROUP, "Đã mở sổ đoàn phí Chi đoàn 12A1");
        sandbox.say(SECRETARY, GROUP, "/doanphi tk Vietcombank 1017595600 Nguyễn Văn Tâm", null, null);
        awaitBot(SECRETARY, GROUP, "Tài khoản nhận đoàn phí: Vietcombank");

        String payer = MEMBERS.get(0);
        sandbox.say(payer, payer, "/doanphi", null, null);
        assertThat(plain(awaitBot(payer, payer, "Đoàn phí — Chi đoàn 12A1"))).contains("Cần nộp: 2.000 đ");
        SandboxView.Message code = awaitBot(payer, payer, "Quét mã VietQR", m -> m.file() != null);
        assertThat(code.file().mime()).isEqualTo("image/png");
        assertThat(decodeQr(sandbox.file(payer, code.file().id()).data()))
                .contains("A000000727", "0208QRIBFTTA", "54042000", "5802VN");
        press(payer, payer, code, "Tôi đã nộp");
        press(payer, payer, awaitBot(payer, payer, "Gửi ảnh chụp màn hình giao dịch"), "Gửi không kèm ảnh");
        awaitBot(payer, payer, "Đã gửi BCH xác nhận khoản 2.000 đ");

        SandboxView.Message request = awaitBot(SECRETARY, SECRETARY, name(payer) + " (");
        assertThat(plain(request)).contains("báo đã nộp 2.000 đ");
        press(SECRETARY, SECRETARY, request, "Xác nhận");
        awaitBot(SECRETARY, SECRETARY, "Đã xác nhận " + name(payer) + " nộp 2.000 đ");
        awaitBot(payer, payer, "đã xác nhận bạn nộp 2.000 đ");

        String away = MEMBERS.get(1);
        sandbox.say(SECRETARY, GROUP, "/doanphi cả chi đoàn đã nộp trừ 5", null, null);
        SandboxView.Message preview = awaitBot(SECRETARY, GROUP, "Sẽ ghi 8 người");
        assertThat(plain(preview)).contains("tổng 16.000 đ", "trừ 5. " + name(away), "1 người đã nộp đủ từ trước");
        press(SECRETARY, GROUP, preview, "Xác nhận");
        awaitBot(SECRETARY, GROUP, "Đã ghi 8 người đã nộp");

        sandbox.say(SECRETARY, GROUP, "/doanphi_no", null, null);
        assertThat(plain(awaitBot(SECRETARY, SECRETARY, "Còn nợ đoàn phí — Chi đoàn 12A1")))
                .contains(name(away), "Tổng: 1 người, 2.000 đ");
        sandbox.say(SECRETARY, GROUP, "/doanphi xuat", null, null);
        SandboxView.Message book = awaitBot(SECRETARY, SECRETARY, "Sổ đoàn phí Chi đoàn 12A1", m -> m.file() != null);
        try (XSSFWorkbook workbook = workbook(SECRETARY, book)) {
            assertThat(cells(workbook.getSheet("Sổ đoàn phí"))).contains(name(payer), name(away));
            assertThat(cells(workbook.getSheet("Phiếu thu"))).contains("Đoàn viên báo nộp, BCH xác nhận", "BCH ghi cả chi đoàn");
        }
    }
}
