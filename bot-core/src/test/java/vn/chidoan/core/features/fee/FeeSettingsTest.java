package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.testing.Turn;

/**
 * The BCH's settings of a fee book: opened with the usual amounts, every change recorded with who and when,
 * applied from the month it is made in and never to what past months owed; bad input refused with an
 * example and nothing changed; a member cannot change anything.
 */
class FeeSettingsTest extends FeeScenarioTest {

    @Test
    void openingTheBookUsesTheUsualAmountsAndRecordsWhoOpenedIt() {
        Turn opened = s.secretary("/doanphi mo");

        assertThat(opened.text()).contains("Đã mở sổ đoàn phí Chi đoàn 12A1 từ T3/2026", "2.000 đ/tháng",
                "5.000 đ/tháng", "/doanphi tk");
        Terms terms = s.book().terms(YearMonth.of(2026, 3));
        assertThat(terms).isEqualTo(Terms.defaults(YearMonth.of(2026, 3)));
        assertThat(changes()).singleElement().satisfies(change -> {
            assertThat(change.getString("field")).isEqualTo("opened");
            assertThat(change.getString("by")).isEqualTo(s.person(s.secretary).value());
        });
    }

    @Test
    void aChangeOfAmountAppliesFromThisMonthAndNeverRewritesWhatPastMonthsOwed() {
        s.secretary("/doanphi mo");
        s.setTime(4, 10, 9);

        Turn changed = s.secretary("/doanphi muc 3k 6k");

        assertThat(changed.text()).contains("Đã lưu", "2.000 đ → 3.000 đ", "5.000 đ → 6.000 đ", "Áp dụng từ T4/2026");
        Ledger.Statement an = s.statement(s.an);
        assertThat(an.months()).extracting(Ledger.Month::month, Ledger.Month::due).containsExactly(
                tuple(YearMonth.of(2026, 3), 2_000L),
                tuple(YearMonth.of(2026, 4), 3_000L));
        assertThat(changes()).extracting(d -> d.getString("field"), d -> d.getString("before"), d -> d.getString("after"))
                .contains(tuple("amount_low", "2000", "3000"),
                        tuple("amount_income", "5000", "6000"));
        assertThat(s.secretary("/doanphi caidat").text()).contains("Thay đổi gần đây", "Bí Thư Chi đoàn 12A1",
                "mức thu (có thu nhập) 5.000 đ → 6.000 đ/tháng", "3.000 đ", "6.000 đ");
    }

    @Test
    void aMembersCategoryChangesTheirFeeFromThisMonthOn() {
        s.secretary("/doanphi mo");
        s.setTime(5, 2, 9);

        Turn placed = s.secretary("/doanphi nhom 2 thunhap");

        assertThat(placed.text()).contains("Nguyễn Văn An", "có thu nhập", "T5/2026");
        assertThat(s.statement(s.an).months()).extracting(Ledger.Month::due).containsExactly(2_000L, 2_000L, 5_000L);
        assertThat(s.statement(s.binh).months()).extracting(Ledger.Month::due).containsExactly(2_000L, 2_000L, 2_000L);
    }

    @Test
    void badAmountsDeadlinesAndBanksAreRefusedWithAnExampleAndChangeNothing() {
        s.secretary("/doanphi mo");
        Terms before = s.book().terms(YearMonth.of(2026, 3));

        assertThat(s.secretary("/doanphi muc 0 5k").text()).contains("phải lớn hơn 0 đ", "/doanphi muc 2k 5k");
        assertThat(s.secretary("/doanphi muc -2000 5k").text()).contains("không được âm");
        assertThat(s.secretary("/doanphi muc 2000000 5k").text()).contains("lớn quá", "1.000.000 đ");
        assertThat(s.secretary("/doanphi muc hai nghìn").text()).contains("Mình chưa hiểu số tiền «hai»");
        assertThat(s.secretary("/doanphi han 31").text()).contains("Mình chưa hiểu hạn nộp «31»", "/doanphi han 10");
        assertThat(s.secretary("/doanphi ky năm").text()).contains("Mình chưa hiểu kỳ thu «năm»", "/doanphi ky quy");
        assertThat(s.secretary("/doanphi trichnop 130%").text()).contains("từ 0 đến 100");
        assertThat(s.secretary("/doanphi tk Ngân hàng Ma 0123456 NGUYEN AN").text())
                .contains("Không tìm thấy ngân hàng «Ngân hàng Ma»", "970436");
        assertThat(s.secretary("/doanphi tk Vietcombank 12-ab NGUYEN AN").text()).contains("Ghi ngân hàng");

        assertThat(s.book().terms(YearMonth.of(2026, 3))).isEqualTo(before);
        assertThat(s.book().account()).isNull();
    }

    @Test
    void theTreasurersAccountIsKeptAsBanksShowItFromANameOrABin() {
        s.secretary("/doanphi mo");

        Turn saved = s.secretary("/doanphi tk ngoại thương 1017595600 Nguyễn Văn Tâm");
        s.secretary("/doanphi tk 970422 0011223344 Trần Bình");

        assertThat(saved.text()).contains("Vietcombank", "BIN 970436", "1017595600", "NGUYEN VAN TAM");
        assertThat(s.book().account()).isEqualTo(new BankAccount("970422", "MBBank", "0011223344", "TRAN BINH"));
        assertThat(changes()).extracting(d -> d.getString("field")).containsOnly("opened", "account");
    }

    @Test
    void aMemberCannotChangeTheSettings() {
        s.secretary("/doanphi mo");

        Turn tried = s.bot.inGroup(FeeScenario.GROUP, s.an).says("/doanphi muc 3k 6k");

        assertThat(tried.text()).contains("chỉ BCH chi đoàn");
        assertThat(s.book().terms(YearMonth.of(2026, 3)).low()).isEqualTo(2_000);
    }

    @Test
    void quarterlyCollectionAndADeadlineDayGiveEachMonthItsPeriodsDeadline() {
        s.secretary("/doanphi mo");
        s.secretary("/doanphi ky quy");
        s.secretary("/doanphi han 15");

        Terms terms = s.book().terms(YearMonth.of(2026, 3));
        assertThat(terms.cycle()).isEqualTo(Cycle.QUARTERLY);
        assertThat(terms.deadline(YearMonth.of(2026, 3))).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(terms.deadline(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(s.secretary("/doanphi caidat").text()).contains("hằng quý", "ngày 15 tháng cuối quý");
    }

    private List<Document> changes() {
        return s.bot.mongo().findAll(Document.class, ChangeLog.COLLECTION);
    }
}
