package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Turn;

/**
 * The BCH records payments: by roster numbers with a period and an amount, by replying to a member's
 * message, or for the whole branch with exceptions (previewed, then confirmed once); a mistake is voided or
 * corrected with a reason, by new records that keep the old ones in the book.
 */
class PaymentMarksTest extends FeeScenarioTest {

    @Test
    void rosterNumbersRecordWhatRemainsAndASecondMarkRecordsNothingMore() {
        s.openWithAccount();

        Turn marked = s.secretary("/doanphi nop 2, 3");
        Turn again = s.secretary("/doanphi nop 2");

        assertThat(marked.text()).contains("Phiếu số 1: Nguyễn Văn An đã nộp 2.000 đ (T3/2026)",
                "Phiếu số 2: Trần Thị Bình đã nộp 2.000 đ (T3/2026)");
        assertThat(again.text()).contains("Nguyễn Văn An đã nộp đủ T3/2026 rồi");
        assertThat(s.ledger().payments()).extracting(Payment::number, Payment::person, Payment::total, Payment::kind)
                .containsExactly(tuple(1L, s.person(s.an), 2_000L, Payment.Kind.MARKED),
                        tuple(2L, s.person(s.binh), 2_000L, Payment.Kind.MARKED));
        assertThat(s.owed(s.an)).isZero();
        assertThat(s.owed(s.chi)).isEqualTo(2_000);
    }

    @Test
    void replyingToAMembersMessageRecordsThatMember() {
        s.openWithAccount();
        Turn marked = s.bot.inGroup(FeeScenario.GROUP, s.secretary).replyingTo(s.chi).says("/doanphi nop");

        assertThat(marked.text()).contains("Lê Minh Chi đã nộp 2.000 đ (T3/2026)");
        assertThat(s.owed(s.chi)).isZero();
    }

    @Test
    void anAmountOverTheLimitIsRefusedWithAnExampleAndNothingIsRecorded() {
        s.openWithAccount();

        Turn refused = s.secretary("/doanphi nop 2 50000k");

        assertThat(refused.text()).contains("/doanphi nop 3 T12 5k");
        assertThat(s.ledger().payments()).isEmpty();
    }

    @Test
    void anExceptionTypedTwiceIsOneException() {
        s.openWithAccount();
        s.secretary("/doanphi nop 3");

        Turn preview = s.secretary("/doanphi cả chi đoàn đã nộp quý 1 trừ 4, 4");

        assertThat(preview.text()).contains("Sẽ ghi 2 người đã nộp Quý 1/2026, tổng 4.000 đ", "trừ 4. Lê Minh Chi",
                "1 người đã nộp đủ từ trước");
    }

    @Test
    void theWholeBranchIsRecordedForAQuarterButTheExceptionsAfterAPreviewAndOnlyOnce() {
        s.openWithAccount();
        s.secretary("/doanphi nop 3");

        Turn preview = s.secretary("/doanphi cả chi đoàn đã nộp quý 1 trừ 4");

        assertThat(preview.text()).contains("Sẽ ghi 2 người đã nộp Quý 1/2026, tổng 4.000 đ", "trừ 4. Lê Minh Chi",
                "1 người đã nộp đủ từ trước");
        assertThat(s.ledger().payments()).as("nothing before the confirmation").hasSize(1);
        String confirm = preview.buttonData("dpb:" + BookButtons.BULK + ":");

        Turn done = s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(confirm);
        Turn again = s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(confirm);

        assertThat(done.text()).contains("Đã ghi 2 người đã nộp Quý 1/2026: 4.000 đ (phiếu số 2–3)");
        assertThat(again.text()).contains("Đợt ghi này đã xong rồi");
        assertThat(s.ledger().payments()).extracting(Payment::person, Payment::kind).containsExactly(
                tuple(s.person(s.binh), Payment.Kind.MARKED),
                tuple(s.person(s.secretary), Payment.Kind.BULK),
                tuple(s.person(s.an), Payment.Kind.BULK));
        assertThat(s.owed(s.chi)).isEqualTo(2_000);
        assertThat(s.owed(s.an)).isZero();
    }

    @Test
    void aCancelledBulkMarkingRecordsNothingEvenWhenConfirmedAfterwards() {
        s.openWithAccount();
        Turn preview = s.secretary("/doanphi cả chi đoàn đã nộp");

        Turn cancelled = s.bot.inGroup(FeeScenario.GROUP, s.secretary)
                .presses(preview.buttonData("dpb:" + BookButtons.BULK_CANCEL + ":"));
        Turn late = s.bot.inGroup(FeeScenario.GROUP, s.secretary).presses(preview.buttonData("dpb:" + BookButtons.BULK + ":"));

        assertThat(cancelled.text()).contains("Đã hủy, không ghi gì");
        assertThat(late.text()).contains("Đã hủy");
        assertThat(s.ledger().payments()).isEmpty();
    }

    @Test
    void aMemberCannotConfirmABulkMarking() {
        s.openWithAccount();
        Turn preview = s.secretary("/doanphi cả chi đoàn đã nộp");

        Turn tried = s.bot.inGroup(FeeScenario.GROUP, s.an).presses(preview.buttonData("dpb:" + BookButtons.BULK + ":"));

        assertThat(tried.text() + tried.toast()).contains("chỉ BCH chi đoàn");
        assertThat(s.ledger().payments()).isEmpty();
    }

    @Test
    void aVoidedRecordStaysInTheBookBesideItsVoidAndTheMemberOwesAgain() {
        s.openWithAccount();
        s.secretary("/doanphi nop 2");

        Turn voided = s.secretary("/doanphi huy 1 ghi nhầm người");

        assertThat(voided.text()).contains("Đã hủy phiếu số 1 (Nguyễn Văn An, 2.000 đ) bằng phiếu số 2",
                "lý do: ghi nhầm người");
        assertThat(s.ledger().payments()).extracting(Payment::number, Payment::kind, Payment::total, Payment::corrects)
                .containsExactly(tuple(1L, Payment.Kind.MARKED, 2_000L, null),
                        tuple(2L, Payment.Kind.VOID, -2_000L, 1L));
        assertThat(s.owed(s.an)).isEqualTo(2_000);
        assertThat(s.secretary("/doanphi huy 1 lần nữa").text()).contains("Phiếu số 1 đã bị hủy");
    }

    @Test
    void aCorrectedAmountIsANewRecordWithItsReasonAndTheOldOneIsKept() {
        s.openWithAccount();
        s.secretary("/doanphi muc 3k 6k");
        s.secretary("/doanphi nop 2");

        Turn corrected = s.secretary("/doanphi sua 1 2k nộp thiếu");

        assertThat(corrected.text()).contains("Phiếu số 1 được thay bằng phiếu số 3", "nộp 2.000 đ",
                "lý do: nộp thiếu", "phiếu hủy số 2");
        assertThat(s.ledger().payments()).extracting(Payment::number, Payment::kind, Payment::total, Payment::reason)
                .containsExactly(tuple(1L, Payment.Kind.MARKED, 3_000L, null),
                        tuple(2L, Payment.Kind.VOID, -3_000L, "nộp thiếu"),
                        tuple(3L, Payment.Kind.CORRECTION, 2_000L, "nộp thiếu"));
        assertThat(s.owed(s.an)).isEqualTo(1_000);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedAndChangesNothing() {
        s.openWithAccount();
        s.secretary("/doanphi nop 2");

        assertThat(s.secretary("/doanphi huy 1").text()).contains("lý do bắt buộc", "/doanphi huy 12 ghi nhầm người");
        assertThat(s.secretary("/doanphi huy 1 x").text()).contains("Hãy ghi lý do", "/doanphi huy 12 ghi nhầm người");
        assertThat(s.secretary("/doanphi huy 9 nhầm").text()).contains("không có phiếu số 9");
        assertThat(s.ledger().payments()).hasSize(1);
        assertThat(s.book().terms(YearMonth.of(2026, 3)).low()).isEqualTo(2_000);
    }
}
