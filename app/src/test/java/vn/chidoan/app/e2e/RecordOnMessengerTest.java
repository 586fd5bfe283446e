package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.messenger.testing.MessengerWebhooks;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * Issue 19's member records on Messenger, where a branch has no group: the secretary opens a member's
 * card from the roster's quick replies, corrects their date of birth, and the member reads it in
 * {@code /hoso} and corrects their own phone; a roster file comes in after the command; the yearly
 * evaluation is filled in and decided with Messenger's choices.
 */
class RecordOnMessengerTest extends MessengerEndToEnd {

    /** The payloads of the buttons and quick replies in these messages that start with {@code prefix}. */
    private static List<String> payloads(List<RecordedSend> sent, String prefix) {
        return sent.stream().flatMap(s -> Stream.concat(s.postbacks().stream(), s.quickReplyPayloads().stream()))
                .filter(p -> p.startsWith(prefix)).toList();
    }

    private static String payload(List<RecordedSend> sent, String prefix) {
        return payloads(sent, prefix).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + "… choice in " + texts(sent)));
    }

    @Test
    void theSecretaryCorrectsAMembersRecordFromTheRosterAndTheMemberReadsIt() {
        Branch branch = branch("3301");
        String member = "330103";
        join(member, branch.joinCode(), "Phạm Thị Dung");

        List<RecordedSend> roster = says(branch.secretary(), "/thanhvien");
        assertThat(texts(roster)).contains("Danh sách đoàn viên (2 người)", "2. Phạm Thị Dung");
        List<String> names = payloads(roster, "hsc:");
        assertThat(names).as("a choice per member").hasSize(2);
        List<RecordedSend> card = presses(branch.secretary(), names.get(1));
        assertThat(texts(card)).contains("Hồ sơ đoàn viên: Phạm Thị Dung", "Ngày sinh: chưa có");

        List<RecordedSend> which = presses(branch.secretary(), payload(card, "hso:edit:"));
        presses(branch.secretary(), payload(which, "dlg:birth_date"));
        assertThat(texts(says(branch.secretary(), "15/03/2008"))).contains("Ngày sinh của Phạm Thị Dung: 15/03/2008");

        List<RecordedSend> own = says(member, "/hoso");
        assertThat(texts(own)).contains("Ngày sinh: 15/03/2008", "Sửa Ngày sinh — Lê Văn Cường");
        presses(member, payload(own, "hse:phone"));
        assertThat(texts(says(member, "0912 345 678"))).contains("0912 345 678");
    }

    @Test
    void theSecretaryImportsARosterFileSentAfterTheCommandAndConfirmsIt() {
        Branch branch = branch("3302");
        byte[] roster = Spreadsheet.named("danh-sach").sheet("Đoàn viên", List.of("Họ và tên", "Ngày sinh",
                "Số điện thoại"), List.of(List.of("Trần Văn Hùng", "15/03/2008", "0912 345 678"))).bytes();

        assertThat(texts(says(branch.secretary(), "/thanhvien_nhap"))).contains("Gửi tệp danh sách đoàn viên");
        List<RecordedSend> report = exchange(MessengerWebhooks.file(branch.secretary(),
                GRAPH.attachmentUrl("danh-sach.xlsx", roster), "mid.file." + System.nanoTime()), branch.secretary());
        assertThat(texts(report)).contains("Thêm 1 người", "Trần Văn Hùng", "Chưa có gì được ghi");
        assertThat(texts(says(branch.secretary(), "/thanhvien"))).doesNotContain("Trần Văn Hùng");

        List<RecordedSend> applied = presses(branch.secretary(), payload(report, "hsn:"));

        assertThat(texts(applied)).contains("Đã nhập danh sách: thêm 1 người");
        assertThat(texts(says(branch.secretary(), "/thanhvien"))).contains("Trần Văn Hùng");
    }

    @Test
    void aMemberAssessesThemselvesOnMessengerAndTheSecretaryDecidesWithItsChoices() {
        Branch branch = branch("3303");
        String member = "330303";
        join(member, branch.joinCode(), "Đỗ Thị Hạnh");
        String deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

        assertThat(texts(says(branch.secretary(), "/danhgia_mo " + deadline)))
                .contains("đánh giá, xếp loại đoàn viên năm", deadline);
        assertThat(texts(says(member, "/danhgia"))).contains("Tự đánh giá năm");
        assertThat(texts(says(member, "Tham gia đủ sinh hoạt, nộp đoàn phí đúng hạn.")))
                .contains("Bạn tự xếp loại mình ở mức nào?");
        assertThat(texts(says(member, "2"))).contains("Đã ghi tự đánh giá", "Hoàn thành tốt nhiệm vụ");

        List<RecordedSend> list = says(branch.secretary(), "/danhgia_ketqua");
        assertThat(texts(list)).contains("Đỗ Thị Hạnh", "tự xếp Hoàn thành tốt nhiệm vụ");
        List<RecordedSend> card = payloads(list, "dgm:").stream().map(p -> presses(branch.secretary(), p))
                .filter(c -> texts(c).contains("Đỗ Thị Hạnh")).findFirst().orElseThrow();
        String propose = payloads(card, "dgp:").stream().filter(p -> p.endsWith(":2")).findFirst().orElseThrow();
        presses(branch.secretary(), propose);
        List<RecordedSend> decided = presses(branch.secretary(), "dgd:" + propose.substring("dgp:".length()));

        assertThat(texts(decided)).contains("Hoàn thành tốt nhiệm vụ");
        assertThat(texts(says(member, "/toi"))).contains("Xếp loại: Hoàn thành tốt nhiệm vụ");
    }
}
