package vn.chidoan.core.features.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.testing.MutableClock;

class PostInputTest {
    static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    static PostInput.Header header(String line) {
        return PostInput.header(line, NOW, MutableClock.VIETNAM);
    }

    @Test
    void theFirstLineGivesTitleDeadlineAndAnonymity() {
        assertThat(header("Kế hoạch tháng 3 hạn 10/03 19h30 ẩn danh")).isEqualTo(new PostInput.Header(
                "Kế hoạch tháng 3", Instant.parse("2026-03-10T12:30:00Z"), true));
        assertThat(header("Kế hoạch tháng 3 han 10/03")).isEqualTo(new PostInput.Header(
                "Kế hoạch tháng 3", Instant.parse("2026-03-10T10:00:00Z"), false));
        assertThat(header("Kế hoạch tháng 3")).isEqualTo(new PostInput.Header("Kế hoạch tháng 3", null, false));
    }

    @Test
    void aTitleLosesTheCharactersThatWouldReorderItAndADeadlineOn29FebruaryIsTheNextOne() {
        assertThat(header("Kế\u202E hoạch\u200B quý\u2066 1\u2069 hạn 29/02")).isEqualTo(new PostInput.Header(
                "Kế hoạch quý 1", Instant.parse("2028-02-29T10:00:00Z"), false));
    }

    @Test
    void anInvisibleCharacterAroundTheDeadlineDoesNotHideItInTheTitle() {
        assertThat(header("Kế hoạch hạn\u200B 10/03")).isEqualTo(new PostInput.Header(
                "Kế hoạch", Instant.parse("2026-03-10T10:00:00Z"), false));
        assertThat(header("Kế hoạch hạn 10/03\u2069 ẩn\u200D danh")).isEqualTo(new PostInput.Header(
                "Kế hoạch", Instant.parse("2026-03-10T10:00:00Z"), true));
        assertThat(PostInput.deadline("\u202E10/03", NOW, MutableClock.VIETNAM))
                .isEqualTo(Instant.parse("2026-03-10T10:00:00Z"));
    }

    @Test
    void hanFollowedByAWordIsPartOfTheTitle() {
        assertThat(header("Hạn chế rác thải nhựa").title()).isEqualTo("Hạn chế rác thải nhựa");
        assertThat(header("Gia hạn thẻ đoàn viên")).isEqualTo(new PostInput.Header("Gia hạn thẻ đoàn viên", null, false));
        assertThat(header("Quy định thời hạn 30 ngày").deadline()).as("'thời hạn' is a word, not a deadline").isNull();
    }

    @Test
    void everyDayTheMeetingCommandReadsIsADeadlineWhereverItStands() {
        assertThat(header("Kế hoạch hạn mai")).isEqualTo(new PostInput.Header("Kế hoạch",
                Instant.parse("2026-03-03T10:00:00Z"), false));
        assertThat(header("Kế hoạch hạn hôm nay 19h")).isEqualTo(new PostInput.Header("Kế hoạch",
                Instant.parse("2026-03-02T12:00:00Z"), false));
        assertThat(header("Kế hoạch hạn thứ 6 ẩn danh")).isEqualTo(new PostInput.Header("Kế hoạch",
                Instant.parse("2026-03-06T10:00:00Z"), true));
        assertThat(header("hạn 10/03 Kế hoạch tháng 3")).isEqualTo(new PostInput.Header("Kế hoạch tháng 3",
                Instant.parse("2026-03-10T10:00:00Z"), false));
        assertThat(header("Kế hoạch hạn: 10/03 nội dung góp ý")).isEqualTo(new PostInput.Header(
                "Kế hoạch nội dung góp ý", Instant.parse("2026-03-10T10:00:00Z"), false));
    }

    @Test
    void aTypedDeadlineIsReadOrRefusedNeverDropped() {
        assertThat(refusal("Kế hoạch hạn hôm nay 0h21")).as("earlier today").isEqualTo("comment.post.past_deadline");
        assertThat(refusal("Kế hoạch hạn tuần sau")).isEqualTo("comment.post.bad_date");
        assertThat(refusal("Kế hoạch hạn thứ 8")).isEqualTo("comment.post.bad_date");
        assertThat(refusal("Kế hoạch hạn 1/3")).as("yesterday, not next year").isEqualTo("comment.post.past_deadline");
    }

    @Test
    void theDialoguesDeadlineStepReadsTheSameDays() {
        assertThat(PostInput.deadline("thứ 6 19h30", NOW, MutableClock.VIETNAM)).isEqualTo(
                Instant.parse("2026-03-06T12:30:00Z"));
        assertThatThrownBy(() -> PostInput.deadline("mai nữa", NOW, MutableClock.VIETNAM))
                .hasMessage("comment.post.bad_date");
    }

    @Test
    void badFirstLinesAreRefusedWithTheirTemplate() {
        assertThat(refusal("hạn 10/03")).isEqualTo("comment.post.no_title");
        assertThat(refusal("Kế hoạch hạn 31/02/2026")).isEqualTo("comment.post.bad_date");
        assertThat(refusal("Kế hoạch hạn 10/03 25h")).isEqualTo("comment.post.bad_date");
        assertThat(refusal("Kế hoạch hạn 01/03/2026")).isEqualTo("comment.post.past_deadline");
    }

    @Test
    void onlyPdfDocxAndXlsxDocumentsArePosted() {
        assertThat(PostInput.document(file(Attachment.Kind.DOCUMENT, "Du-thao.PDF", null))).isNotNull();
        assertThat(PostInput.document(file(Attachment.Kind.DOCUMENT, null,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))).isNotNull();
        assertThatThrownBy(() -> PostInput.document(file(Attachment.Kind.PHOTO, null, "image/jpeg")))
                .isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> PostInput.document(file(Attachment.Kind.DOCUMENT, "a.doc", "application/msword")))
                .isInstanceOf(BadInput.class);
    }

    private static Attachment file(Attachment.Kind kind, String name, String mime) {
        return Attachment.inbound(kind, "ref", name, mime);
    }

    private static String refusal(String line) {
        try {
            header(line);
            throw new AssertionError("accepted: " + line);
        } catch (BadInput bad) {
            return bad.templateKey();
        }
    }
}
