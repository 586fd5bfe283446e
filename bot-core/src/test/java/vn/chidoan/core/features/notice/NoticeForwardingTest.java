package vn.chidoan.core.features.notice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * The cascade: a district passes a notice on to its own branches with its note, and the province sees who
 * did.
 */
class NoticeForwardingTest extends NoticeScenarioTest {
    @Test
    void aDistrictPassesTheNoticeOnWithItsNoteToItsOwnBranchesAndTheProvinceSeesWhoDid() {
        s.sends(s.province, "/thongbao Hướng dẫn đại hội chi đoàn.");
        RecordingOutbox.Sent copy = toPrivate(s.kimBang, "notice:1:officer:").get(0);
        assertThat(copy.text()).contains("Hướng dẫn đại hội chi đoàn.", "Chuyển tiếp");
        assertThat(toPrivate(s.province, "notice:1:officer:")).as("the sender gets no copy").isEmpty();

        Turn outsider = s.bot.inPrivate(s.a1.secretary()).presses("tb:f:1");
        s.bot.inPrivate(s.kimBang).presses(copy.buttons().get(0).data());
        s.bot.inPrivate(s.kimBang).says("Các chi đoàn nộp báo cáo cho Huyện đoàn trước 20/3.");
        s.bot.inPrivate(s.kimBang).presses("dlg:send");

        assertThat(outsider.toast()).contains("không chuyển tiếp được");
        Notice forwarded = s.notices().get(2);
        assertThat(forwarded.parent()).isEqualTo(1L);
        assertThat(forwarded.chain()).containsExactly("Tỉnh đoàn Hà Nam", "Huyện đoàn Kim Bảng");
        assertThat(s.notice(2, s.a1.group())).singleElement().satisfies(m -> assertThat(m.text())
                .contains("Chuyển tiếp thông báo của Tỉnh đoàn Hà Nam (Tỉnh đoàn Hà Nam → Huyện đoàn Kim Bảng)",
                        "Các chi đoàn nộp báo cáo cho Huyện đoàn trước 20/3.", "Hướng dẫn đại hội chi đoàn."));
        assertThat(s.notice(2, s.a2.group())).hasSize(1);
        assertThat(s.notice(2, s.b1.group())).as("Bình Lục's branch is not Kim Bảng's").isEmpty();
        assertThat(s.bot.inPrivate(s.province).says("/thongbao_ketqua 1").text())
                .contains("Đơn vị đã chuyển tiếp", "Huyện đoàn Kim Bảng: thông báo #2", "tới 2 chi đoàn");
    }
}
