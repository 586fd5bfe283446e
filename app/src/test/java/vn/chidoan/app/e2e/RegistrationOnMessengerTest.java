package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.messenger.testing.MessengerWebhooks;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * Issue 15 for a branch on Messenger, where the Page writes to each member: the sign-up arrives privately
 * with its button, the one waiting is told when a place frees; a poll of four options comes as quick
 * replies (more than Messenger's three buttons), a choice counts, the results come with a chart image.
 */
class RegistrationOnMessengerTest extends MessengerEndToEnd {

    @Test
    void aSignUpReachesEachMemberWhoRegistersWaitsAndIsPromoted() {
        Branch branch = branch("3301");
        String an = "330103";
        String binh = "330104";
        join(an, branch.joinCode(), "Nguyễn Văn An");
        join(binh, branch.joinCode(), "Trần Thị Bình");

        says(branch.secretary(), "/dangky_tao Tập huấn e2e | 1 chỗ");
        String register = awaitPostback(an, "dk:r:");

        assertThat(texts(presses(an, register))).contains("Đã đăng ký", "Tập huấn e2e", "1/1");
        assertThat(texts(presses(binh, awaitPostback(binh, "dk:r:")))).contains("danh sách chờ, thứ tự 1");
        presses(an, "dk:w:" + register.substring("dk:r:".length()));

        // the promotion is keyed from the form, not from the withdrawal's event: wait for it
        String told = org.awaitility.Awaitility.await().atMost(WAIT).until(() -> texts(GRAPH.sendsTo(binh)),
                all -> all.contains("Bạn đã có chỗ"));
        assertThat(told).contains("Bạn đã có chỗ trong «Tập huấn e2e» (chỗ 1/1)");
    }

    @Test
    void aPollOfFourOptionsIsAnsweredWithAQuickReplyAndChartedForTheSecretary() {
        Branch branch = branch("3302");
        String dung = "330203";
        join(dung, branch.joinCode(), "Phạm Thị Dung");

        says(branch.secretary(), "/binhchon Đi dã ngoại ở đâu? | Huế | Hội An | Đà Nẵng | Sa Pa");
        RecordedSend post = org.awaitility.Awaitility.await().atMost(WAIT).until(() -> GRAPH.sendsTo(dung).stream()
                .filter(s -> s.text() != null && s.text().contains("Bình chọn: Đi dã ngoại ở đâu?")).findFirst()
                .orElse(null), java.util.Objects::nonNull);
        assertThat(post.quickReplies()).containsExactly("Huế", "Hội An", "Đà Nẵng", "Sa Pa");
        String hoiAn = post.quickReplyPayloads().get(1);
        List<RecordedSend> voted = exchange(MessengerWebhooks.quickReply(dung, "Hội An", hoiAn, "mid.vote." + dung),
                dung);

        assertThat(texts(voted)).contains("Đã ghi nhận phiếu: Hội An");
        List<RecordedSend> results = says(branch.secretary(), "/binhchon_ketqua");
        assertThat(texts(results)).contains("Kết quả bình chọn", "2. Hội An: 1 (100%)");
        RecordedSend chart = firstUpload(results);
        assertThat(chart.attachmentType()).isEqualTo("image");
        assertThat(chart.upload().contentType()).isEqualTo("image/png");
    }

    private String awaitPostback(String psid, String prefix) {
        return org.awaitility.Awaitility.await().atMost(WAIT).until(() -> GRAPH.sendsTo(psid).stream()
                .flatMap(s -> s.postbacks().stream()).filter(p -> p.startsWith(prefix)).findFirst().orElse(null),
                java.util.Objects::nonNull);
    }
}
