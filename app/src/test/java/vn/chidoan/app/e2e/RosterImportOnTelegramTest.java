package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.telegram.testing.RecordedRequest;

/**
 * Issue 19's roster import on Telegram, end to end through the fake Bot API: the secretary sends the
 * .xlsx with {@code /thanhvien_nhap} as its caption, the bot fetches it (getFile, then the file server),
 * reports, and writes it on «Xác nhận», whose outcome replaces the report and its buttons.
 */
class RosterImportOnTelegramTest extends TelegramEndToEnd {

    private static String texts(List<RecordedRequest> sent) {
        return String.join("\n", sent.stream().map(RecordedRequest::text).filter(t -> t != null).toList());
    }

    @Test
    void theSecretarySendsTheRosterWithTheCommandAsCaptionAndConfirmsIt() {
        Branch branch = linkedBranch(-100_999_000_001L, 9_001);
        long secretary = branch.secretary().id();
        String fileId = API.file("danh-sach.xlsx", Spreadsheet.named("danh-sach").sheet("Đoàn viên",
                List.of("Họ và tên", "Ngày sinh", "Giới tính"), List.of(List.of("Trần Văn Hùng", "15/03/2008", "Nam")))
                .bytes());

        List<RecordedRequest> report = exchange(Updates.privateDocument(branch.secretary(), fileId, "danh-sach.xlsx",
                "/thanhvien_nhap"), secretary);

        assertThat(texts(report)).contains("Thêm 1 người", "Trần Văn Hùng", "Chưa có gì được ghi");
        assertThat(API.requests("getFile")).anySatisfy(r -> assertThat(r.param("file_id")).isEqualTo(fileId));
        RecordedRequest withButtons = report.stream().filter(r -> r.replyMarkup() != null).findFirst().orElseThrow();
        String confirm = withButtons.replyMarkup().findValuesAsText("callback_data").stream()
                .filter(d -> d.startsWith("hsn:") && d.endsWith(":y")).findFirst().orElseThrow();

        exchange(Updates.press(branch.secretary(), secretary, withButtons.resultMessageId(), confirm), secretary);

        RecordedRequest applied = API.requests("editMessageText").stream()
                .filter(r -> String.valueOf(secretary).equals(r.chatId())
                        && withButtons.resultMessageId().equals(r.param("message_id"))).findFirst().orElseThrow();
        assertThat(applied.text()).contains("Đã nhập danh sách: thêm 1 người");
        assertThat(applied.replyMarkup()).as("the report's «Xác nhận» and «Hủy» are gone with it").isNull();
        assertThat(texts(exchange(Updates.privateText(branch.secretary(), "/thanhvien"), secretary)))
                .contains("Trần Văn Hùng");
    }
}
