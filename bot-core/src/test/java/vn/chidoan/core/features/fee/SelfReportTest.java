package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.kernel.chat.Speaker;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * "Tôi đã nộp": the member reports paying (with a photo of the transfer or without), the BCH confirms (a
 * record is written, by whom, and the member is told) or rejects (the member owes again and is told); a
 * second press finds it decided; a member cannot decide.
 */
class SelfReportTest extends FeeScenarioTest {

    @Test
    void aReportWithoutAPhotoGoesToTheBchWhoConfirmItAndTheMemberIsTold() {
        s.openWithAccount();
        Turn reported = report(s.an, false);

        assertThat(reported.text()).contains("Đã gửi BCH xác nhận khoản 2.000 đ (T3/2026)", "không bị nhắc nộp");
        RecordingOutbox.Sent request = requestTo(s.secretary);
        assertThat(request.text()).contains("Nguyễn Văn An", "báo đã nộp 2.000 đ (T3/2026)");
        assertThat(request.message().attachment()).isNull();
        assertThat(s.statement(s.an).waiting()).isTrue();
        assertThat(s.owed(s.an)).as("waiting for the BCH is not owing").isZero();

        Turn confirmed = s.bot.inPrivate(s.secretary).presses(data(request, "dp:y:"));

        assertThat(confirmed.text()).contains("Đã xác nhận Nguyễn Văn An nộp 2.000 đ (T3/2026), phiếu số 1");
        assertThat(s.to(s.an)).last().satisfies(m -> assertThat(m.text()).contains("đã xác nhận bạn nộp 2.000 đ"));
        Payment recorded = s.ledger().payments().get(0);
        assertThat(recorded.kind()).isEqualTo(Payment.Kind.CONFIRMED);
        assertThat(recorded.by()).isEqualTo(s.person(s.secretary));
        assertThat(recorded.person()).isEqualTo(s.person(s.an));
        assertThat(s.owed(s.an)).isZero();
        assertThat(s.statement(s.an).waiting()).isFalse();
        assertThat(s.inPrivate(s.an, "/doanphi").text()).contains("✅ T3/2026: đã nộp 2.000 đ — Bí Thư Chi đoàn 12A1 ghi nhận");
    }

    @Test
    void aPhotoOfTheTransferGoesWithTheRequest() {
        s.openWithAccount();
        Turn asked = s.inPrivate(s.binh, "/doanphi");
        s.bot.inPrivate(s.binh).presses(asked.buttonData("dp:r:"));

        Turn sent = s.sendsPhoto(s.binh);

        assertThat(sent.text()).contains("Đã gửi BCH xác nhận");
        Attachment photo = requestTo(s.secretary).message().attachment();
        assertThat(photo.fileRef()).isEqualTo("photo-file-" + s.binh.ref().id());
        assertThat(requestTo(s.secretary).text()).contains("kèm ảnh giao dịch");
    }

    @Test
    void textInsteadOfAPhotoIsAnsweredWithWhatToDo() {
        s.openWithAccount();
        Turn asked = s.inPrivate(s.binh, "/doanphi");
        s.bot.inPrivate(s.binh).presses(asked.buttonData("dp:r:"));

        Turn said = s.inPrivate(s.binh, "em chuyển rồi ạ");

        assertThat(said.text()).contains("Mình cần một ảnh", "Gửi không kèm ảnh");
        assertThat(s.statement(s.binh).waiting()).isFalse();
    }

    @Test
    void aRejectedReportLeavesTheMemberOwingAndTellsThem() {
        s.openWithAccount();
        report(s.chi, false);

        Turn rejected = s.bot.inPrivate(s.secretary).presses(data(requestTo(s.secretary), "dp:n:"));

        assertThat(rejected.text()).contains("Đã từ chối khoản Lê Minh Chi báo nộp 2.000 đ");
        assertThat(s.to(s.chi)).last().satisfies(m -> assertThat(m.text()).contains("chưa xác nhận khoản 2.000 đ"));
        assertThat(s.ledger().payments()).isEmpty();
        assertThat(s.owed(s.chi)).isEqualTo(2_000);
    }

    @Test
    void aSecondPressFindsTheRequestDecidedAndRecordsNothingMore() {
        s.openWithAccount();
        s.secretary("/bch_them");
        report(s.an, false);
        RecordingOutbox.Sent request = requestTo(s.secretary);
        s.bot.inPrivate(s.secretary).presses(data(request, "dp:y:"));

        Turn again = s.bot.inPrivate(s.secretary).presses(data(request, "dp:y:"));
        Turn rejectedLate = s.bot.inPrivate(s.secretary).presses(data(request, "dp:n:"));

        assertThat(again.text()).contains("đã được Bí Thư Chi đoàn 12A1 xác nhận rồi");
        assertThat(rejectedLate.text()).contains("xác nhận rồi");
        assertThat(s.ledger().payments()).hasSize(1);
    }

    @Test
    void aMemberCannotConfirmTheirOwnReport() {
        s.openWithAccount();
        report(s.an, false);

        Turn tried = s.bot.inPrivate(s.an).presses(data(requestTo(s.secretary), "dp:y:"));

        assertThat(tried.text() + tried.toast()).contains("chỉ BCH chi đoàn");
        assertThat(s.ledger().payments()).isEmpty();
    }

    @Test
    void aMemberWhoOwesNothingIsToldSoInsteadOfReporting() {
        s.openWithAccount();
        report(s.an, false);
        s.bot.inPrivate(s.secretary).presses(data(requestTo(s.secretary), "dp:y:"));

        Turn asked = s.inPrivate(s.an, "/doanphi");
        Turn pressed = s.bot.inPrivate(s.an).presses("dp:r:" + s.statement(s.an).member().fee().code());

        assertThat(asked.text()).contains("Bạn đã nộp đủ");
        assertThat(pressed.text()).contains("không còn nợ đoàn phí");
    }

    @Test
    void anotherMembersButtonIsRefused() {
        s.openWithAccount();

        Turn pressed = s.bot.inPrivate(s.binh).presses("dp:r:" + s.statement(s.an).member().fee().code());

        assertThat(pressed.toast()).contains("của đoàn viên khác");
        assertThat(s.statement(s.an).waiting()).isFalse();
    }

    /** The member asks for their fees, presses "Tôi đã nộp" and answers with or without a photo. */
    private Turn report(Speaker who, boolean photo) {
        Turn asked = s.inPrivate(who, "/doanphi");
        Turn pressed = s.bot.inPrivate(who).presses(asked.buttonData("dp:r:"));
        assertThat(pressed.text()).contains("Gửi ảnh chụp màn hình giao dịch");
        return photo ? s.sendsPhoto(who) : s.bot.inPrivate(who).presses(pressed.buttonData("dlg:" + SelfReportFlow.NO_PHOTO));
    }

    private RecordingOutbox.Sent requestTo(Speaker lead) {
        List<RecordingOutbox.Sent> requests = s.keyed("fee-request:").stream()
                .filter(m -> m.chat().equals(lead.ref().privateChat())).toList();
        assertThat(requests).isNotEmpty();
        return requests.get(requests.size() - 1);
    }

    private static String data(RecordingOutbox.Sent message, String prefix) {
        return message.buttons().stream().map(b -> b.data()).filter(d -> d != null && d.startsWith(prefix)).findFirst()
                .orElseThrow();
    }
}
