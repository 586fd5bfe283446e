package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.Attachment;
import vn.chidoan.core.testing.QrImages;
import vn.chidoan.core.testing.RecordingOutbox;
import vn.chidoan.core.testing.Turn;

/**
 * {@code /doanphi} for a member: their periods and what they owe, privately, and a VietQR code for exactly
 * that amount to the treasurer's account with a memo that names them and the period.
 */
class MemberStatusTest extends FeeScenarioTest {

    @Test
    void aMemberSeesWhatTheyOweAndAVietQrCodeForExactlyThatAmount() throws Exception {
        s.openWithAccount();

        Turn asked = s.inPrivate(s.an, "/doanphi");

        String code = s.statement(s.an).member().fee().codeText();
        assertThat(asked.text()).contains("Đoàn phí — Chi đoàn 12A1", "Mã đoàn viên: " + code,
                "❌ T3/2026: chưa nộp 2.000 đ (hạn 31/03/2026)", "Cần nộp: 2.000 đ (T3/2026)", "Tôi đã nộp");
        RecordingOutbox.Sent pay = asked.messages().get(1);
        Attachment image = pay.message().attachment();
        assertThat(image.kind()).isEqualTo(Attachment.Kind.PHOTO);
        assertThat(image.mimeType()).isEqualTo("image/png");
        String payload = decode(image.content());
        assertThat(payload).isEqualTo(VietQr.payload(new VietQr.Transfer("970436", "1017595600", 2_000, null,
                "DP " + code + " T3-2026")));
        assertThat(payload).contains("0010A000000727", "0208QRIBFTTA", "54042000", "DP " + code + " T3-2026");
        assertThat(VietQr.crcMatches(payload)).isTrue();
        assertThat(pay.text()).contains("2.000 đ", "DP " + code + " T3-2026", "NGUYEN VAN TAM");
        assertThat(pay.buttons()).extracting(b -> b.label()).containsExactly("Tôi đã nộp");
    }

    @Test
    void quarterlyCollectionAsksForEveryMonthBilledAndTheMemoNamesTheLastPeriod() throws Exception {
        s.openWithAccount();
        s.secretary("/doanphi ky quy");
        s.setTime(4, 6, 9);

        Turn asked = s.inPrivate(s.binh, "/doanphi");

        String code = s.statement(s.binh).member().fee().codeText();
        assertThat(asked.text()).contains("Quý 1/2026: chưa nộp 2.000 đ", "Quý 2/2026: chưa nộp 6.000 đ",
                "Cần nộp: 8.000 đ (Quý 1/2026, Quý 2/2026)");
        String payload = decode(asked.messages().get(1).message().attachment().content());
        assertThat(payload).contains("54048000", "DP " + code + " DEN Q2-2026");
    }

    @Test
    void inTheGroupAMembersFeesGoToTheirPrivateChat() {
        s.openWithAccount();

        Turn asked = s.bot.inGroup(FeeScenario.GROUP, s.chi).says("/doanphi");

        assertThat(asked.messages()).filteredOn(m -> m.chat().equals(s.branch.group())).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("đã gửi tình hình đoàn phí vào tin nhắn riêng"));
        assertThat(asked.messages()).filteredOn(m -> m.chat().equals(s.chi.ref().privateChat()))
                .anySatisfy(m -> assertThat(m.text()).contains("Cần nộp: 2.000 đ"));
    }

    @Test
    void aMemberTheBotCannotWriteToYetGetsALinkThatOpensTheirFees() {
        s.openWithAccount();
        s.bot.outbox().unreachable(s.chi.ref().privateChat());

        Turn asked = s.bot.inGroup(FeeScenario.GROUP, s.chi).says("/doanphi");
        Turn opened = s.bot.inPrivate(s.chi).opens(asked.buttonUrl());

        assertThat(asked.text()).contains("bấm nút để xem của bạn");
        assertThat(opened.text()).contains("Cần nộp: 2.000 đ");
    }

    @Test
    void withoutAnAccountTheMemberIsToldToPayTheBchAndStillReportsIt() {
        s.secretary("/doanphi mo");

        Turn asked = s.inPrivate(s.an, "/doanphi");

        assertThat(asked.messages().get(1).message().attachment()).isNull();
        assertThat(asked.messages().get(1).text()).contains("chưa có tài khoản nhận", "nộp 2.000 đ trực tiếp cho BCH");
        assertThat(asked.buttons()).extracting(b -> b.label()).contains("Tôi đã nộp");
    }

    @Test
    void beforeTheBookIsOpenAMemberIsToldSoAndTheBchHowToOpenIt() {
        assertThat(s.inPrivate(s.an, "/doanphi").text()).contains("chưa thu đoàn phí qua bot");
        assertThat(s.secretary("/doanphi").text()).contains("chưa mở sổ đoàn phí", "/doanphi mo");
    }

    @Test
    void theBchSeesTheBranchAtAGlanceWithWhatTheyCanDo() {
        s.openWithAccount();

        Turn overview = s.secretary("/doanphi");

        assertThat(overview.text()).contains("Đoàn phí Chi đoàn 12A1 — T3/2026 (hạn 31/03/2026)",
                "Đã nộp đủ: 0/4 người", "Đã thu: 0/8.000 đ", "Còn nợ (kể cả kỳ trước): 4 người, 8.000 đ");
        assertThat(overview.buttons()).extracting(b -> b.label()).contains("Đánh dấu đã nộp", "Ai còn nợ",
                "Sổ đoàn phí (Excel)", "Cài đặt");
    }

    @Test
    void toiShowsWhatIsOwed() {
        s.openWithAccount();

        assertThat(s.inPrivate(s.an, "/toi").text()).contains("Đoàn phí (Chi đoàn 12A1): còn nợ 2.000 đ (T3/2026)");
    }

    static String decode(byte[] png) throws Exception {
        return QrImages.read(png);
    }
}
