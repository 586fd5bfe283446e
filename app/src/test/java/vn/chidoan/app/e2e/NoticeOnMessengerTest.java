package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * Issue 17 for a branch on Messenger, which has no groups: the notice reaches the secretary and each member
 * one to one with «Đã nhận»; the secretary's press acknowledges for the branch, a member's counts as seen;
 * the officer, whose messages cannot be edited there, gets the final count as a second message, and the
 * results with the uploaded .xlsx file.
 */
class NoticeOnMessengerTest extends MessengerEndToEnd {

    @DynamicPropertySource
    static void fastProgress(DynamicPropertyRegistry registry) {
        registry.add("chidoan.notices.progress-interval", () -> "200ms");
    }

    @Test
    void eachMemberGetsTheNoticePrivatelyTheSecretaryAcknowledgesAndTheOfficerGetsTheResults() {
        Branch branch = branch("3301");
        String officer = "330101";
        String member = "330103";
        join(member, branch.joinCode(), "Phạm Thị Dung");

        assertThat(texts(says(officer, "/thongbao Lịch sinh hoạt hè của các chi đoàn."))).contains("Thông báo sắp gửi",
                "(1 chi đoàn)");
        presses(officer, "dlg:send");
        // the progress message is the notice's (notice:<n>:progress), not the press's reply: it may come later
        await().atMost(WAIT).until(() -> texts(GRAPH.sendsTo(officer)).contains("Đang gửi tới 1 chi đoàn"));
        await().atMost(WAIT).until(() -> noticeTo(member) != null && noticeTo(branch.secretary()) != null);
        RecordedSend notice = noticeTo(member);
        assertThat(notice.text()).contains("THÔNG BÁO #", "Lịch sinh hoạt hè");
        String ack = notice.postbacks().stream().filter(p -> p.startsWith("tb:a:")).findFirst().orElseThrow();

        presses(member, ack);
        presses(branch.secretary(), ack);
        // the progress ticker waits ten times as long as its last tick took: on a loaded machine, seconds
        await().atMost(Duration.ofSeconds(40)).until(() -> texts(GRAPH.sendsTo(officer)).contains("Đã gửi xong"));
        List<RecordedSend> results = says(officer, "/thongbao_ketqua");

        assertThat(texts(results)).contains("Đã xác nhận «Đã nhận»: 1/1 chi đoàn", "Lượt đoàn viên báo đã xem: 1");
        RecordedSend.Upload xlsx = firstUpload(results).upload();
        assertThat(xlsx.fileName()).matches("thong-bao-\\d+\\.xlsx");
        assertThat(xlsx.contentType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(EndToEndSupport.sheetRows(xlsx.content()).get(1)).containsSubsequence(branch.name(), "Đã nhận",
                "Lê Văn Cường");
    }

    private static RecordedSend noticeTo(String psid) {
        return GRAPH.sendsTo(psid).stream().filter(s -> s.postbacks().stream().anyMatch(p -> p.startsWith("tb:a:")))
                .findFirst().orElse(null);
    }
}
