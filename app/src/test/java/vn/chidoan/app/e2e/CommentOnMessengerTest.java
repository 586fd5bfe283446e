package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * A post for comment to a branch on Messenger: the post reaches each member one to one, who comments
 * with its button; the poster gets the results and the uploaded .xlsx file, as on Telegram.
 */
class CommentOnMessengerTest extends MessengerEndToEnd {

    @Test
    void aMessengerMemberCommentsWithThePostsButtonAndThePosterGetsTheExcelFile() {
        Branch branch = branch("3101");
        String member = "310103";
        join(member, branch.joinCode(), "Phạm Thị Dung");

        assertThat(texts(says(branch.secretary(), "/gopy Kế hoạch tháng 12 hạn 20/12/2030\nNội dung kế hoạch.")))
                .contains("Đã đăng");
        await().atMost(WAIT).until(() -> postTo(member) != null);
        RecordedSend post = postTo(member);
        assertThat(post.text()).contains("Kế hoạch tháng 12", "20/12/2030");
        String comment = post.postbacks().stream().filter(p -> p.startsWith("gy:c:")).findFirst().orElseThrow();
        assertThat(post.postbacks()).hasSize(3);

        assertThat(texts(presses(member, comment))).contains("Kế hoạch tháng 12");
        assertThat(texts(says(member, "Ý kiến từ Messenger."))).containsPattern("ý kiến \\d+\\.1");
        List<RecordedSend> results = says(branch.secretary(), "/gopy_ketqua");

        assertThat(texts(results)).contains("Phạm Thị Dung", "Ý kiến từ Messenger.", "Tệp Excel góp ý bài #")
                .doesNotContain("Telegram");
        assertThat(results).allSatisfy(sent -> assertThat(sent.succeeded()).isTrue());
        RecordedSend.Upload xlsx = firstUpload(results).upload();
        assertThat(xlsx.fileName()).matches("gop-y-\\d+\\.xlsx");
        assertThat(xlsx.contentType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(EndToEndSupport.sheetRows(xlsx.content()).get(1).get(0)).matches("\\d+\\.1");
        assertThat(EndToEndSupport.sheetRows(xlsx.content()).get(1).subList(1, 4)).containsExactly("Phạm Thị Dung", branch.name(),
                "Ý kiến từ Messenger.");
    }

    private static RecordedSend postTo(String psid) {
        return GRAPH.sendsTo(psid).stream().filter(s -> s.postbacks().stream().anyMatch(p -> p.startsWith("gy:c:")))
                .findFirst().orElse(null);
    }
}
