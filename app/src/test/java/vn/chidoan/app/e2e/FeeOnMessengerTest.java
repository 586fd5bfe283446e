package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * Issue 16 for a branch on Messenger: the secretary opens the fee book and gives the treasurer's account; a
 * member gets their status with a VietQR image for exactly what they owe, reports paying with
 * "Tôi đã nộp", the secretary confirms from the postback and gets the book as an uploaded .xlsx file.
 */
class FeeOnMessengerTest extends MessengerEndToEnd {

    @Test
    void aMessengerMemberPaysByVietQrReportsItTheSecretaryConfirmsAndGetsTheBook() {
        Branch branch = branch("3301");
        String member = "330103";
        join(member, branch.joinCode(), "Phạm Thị Dung");
        assertThat(texts(says(branch.secretary(), "/doanphi mo"))).contains("Đã mở sổ đoàn phí " + branch.name());
        assertThat(texts(says(branch.secretary(), "/doanphi tk Vietcombank 1017595600 Nguyễn Văn Tâm")))
                .contains("NGUYEN VAN TAM");

        List<RecordedSend> status = says(member, "/doanphi");

        assertThat(texts(status)).contains("Cần nộp: 2.000 đ");
        RecordedSend code = firstUpload(status);
        assertThat(code.attachmentType()).isEqualTo("image");
        assertThat(code.upload().contentType()).isEqualTo("image/png");
        assertThat(EndToEndSupport.qrText(code.upload().content()))
                .contains("0010A000000727", "0006970436", "01101017595600", "0208QRIBFTTA", "5303704", "54042000", "5802VN", "DP ");
        List<RecordedSend> asked = presses(member, postback(status, "dp:r:"));
        assertThat(texts(asked)).contains("Gửi ảnh chụp màn hình giao dịch");
        assertThat(texts(presses(member, postback(asked, "dlg:")))).contains("Đã gửi BCH xác nhận khoản 2.000 đ");

        RecordedSend request = await().atMost(WAIT).until(() -> GRAPH.sendsTo(branch.secretary()).stream()
                .filter(s -> s.postbacks().stream().anyMatch(p -> p.startsWith("dp:y:"))).findFirst().orElse(null),
                Objects::nonNull);
        assertThat(request.text()).contains("Phạm Thị Dung", "báo đã nộp 2.000 đ");
        assertThat(texts(presses(branch.secretary(), postback(List.of(request), "dp:y:"))))
                .contains("Đã xác nhận Phạm Thị Dung nộp 2.000 đ");
        await().atMost(WAIT).until(() -> texts(GRAPH.sendsTo(member)).contains("đã xác nhận bạn nộp 2.000 đ"));

        RecordedSend book = firstUpload(says(branch.secretary(), "/doanphi xuat"));
        assertThat(book.attachmentType()).isEqualTo("file");
        assertThat(book.upload().contentType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(EndToEndSupport.sheetRows(book.upload().content()))
                .anySatisfy(row -> assertThat(row).contains("Phạm Thị Dung", "2000"));
    }

    private static String postback(List<RecordedSend> sent, String prefix) {
        return sent.stream().flatMap(s -> s.postbacks().stream()).filter(p -> p.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " button in " + texts(sent)));
    }
}
