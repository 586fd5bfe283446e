package vn.chidoan.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.messenger.testing.RecordedSend;

/**
 * A meeting's generated files for a branch on Messenger: the check-in QR code arrives as an uploaded
 * image a member can scan, and the meeting's Excel report as an uploaded file.
 */
class MeetingOnMessengerTest extends MessengerEndToEnd {
    @Autowired
    Clock clock;

    @Test
    void aSecretaryOnMessengerGetsTheQrCodeAMemberScansAndTheExcelReport() {
        Branch branch = branch("3201");
        String member = "320103";
        join(member, branch.joinCode(), "Phạm Thị Dung");
        String when = ZonedDateTime.now(clock).plusMinutes(20).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        says(branch.secretary(), "/hop " + when + " Sinh hoạt Messenger tại Phòng 2");

        says(branch.secretary(), "/diemdanh_qr");
        RecordedSend qr = await().atMost(WAIT).until(() -> firstUpload(GRAPH.sendsTo(branch.secretary())),
                Objects::nonNull);
        assertThat(qr.attachmentType()).isEqualTo("image");
        assertThat(qr.upload().contentType()).isEqualTo("image/png");
        String link = EndToEndSupport.qrText(qr.upload().content());
        assertThat(link).startsWith("https://m.me/" + PAGE + "?ref=dd_");
        assertThat(texts(opens(member, link.substring(link.indexOf("ref=") + 4)))).contains("Đã điểm danh");

        RecordedSend report = firstUpload(says(branch.secretary(), "/baocao hop"));
        assertThat(report.attachmentType()).isEqualTo("file");
        assertThat(report.upload().contentType()).isEqualTo(Spreadsheet.MIME_TYPE);
        assertThat(EndToEndSupport.sheetRows(report.upload().content()))
                .anySatisfy(row -> assertThat(row).contains("Phạm Thị Dung", "Có mặt"));
    }
}
