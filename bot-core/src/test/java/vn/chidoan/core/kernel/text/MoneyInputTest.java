package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.chidoan.core.kernel.chat.BadInput;

/** Amounts as secretaries type them: every way of writing 5.000 đ, and the refusals with an example. */
class MoneyInputTest {
    private static final String EXAMPLE = "/doanphi muc 2k 5k";

    @ParameterizedTest
    @ValueSource(strings = {"5000", "5.000", "5,000", "5k", "5K", "5 k", "5 nghìn", "5 nghin", "5 ngàn", "5.000 đ",
        "5000đ", "5000 VND", "5 nghìn đồng", "5,0k"})
    void everyUsualWayOfWritingFiveThousandIsFiveThousandDong(String typed) {
        assertThat(MoneyInput.amount(typed, 1_000_000, false, EXAMPLE)).isEqualTo(5_000);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2,5k|2500", "1.5tr|1500000", "1 triệu|1000000", "1.000.000|1000000",
        "12.000.000|12000000", "0|0", "250|250"})
    void unitsAndDecimalsBeforeThemMakeWholeDong(String typed, long vnd) {
        assertThat(MoneyInput.read(typed)).isEqualTo(new MoneyInput.Amount(vnd));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "năm nghìn", "5.5", "2,5", "5..000", "5.00.0", "abc", "5k5", "1,2345tr"})
    void whatIsNoWholeAmountIsRefusedWithTheFeaturesExample(String typed) {
        assertThatThrownBy(() -> MoneyInput.amount(typed, 1_000_000, false, EXAMPLE)).isInstanceOf(BadInput.class)
                .satisfies(e -> {
                    BadInput bad = (BadInput) e;
                    assertThat(bad.templateKey()).isEqualTo("money.bad");
                    assertThat(bad.model()).containsEntry("example", EXAMPLE);
                });
    }

    @Test
    void aNegativeAmountIsRefusedAsNegative() {
        assertThat(MoneyInput.read("-5000")).isInstanceOf(MoneyInput.Negative.class);
        assertThatThrownBy(() -> MoneyInput.amount("-5k", 1_000_000, false, EXAMPLE))
                .satisfies(e -> assertThat(((BadInput) e).templateKey()).isEqualTo("money.negative"));
    }

    @Test
    void zeroIsRefusedWhereItMeansNothingAndTakenWhereItDoes() {
        assertThatThrownBy(() -> MoneyInput.amount("0", 1_000_000, false, EXAMPLE))
                .satisfies(e -> assertThat(((BadInput) e).templateKey()).isEqualTo("money.zero"));
        assertThat(MoneyInput.amount("0đ", 1_000_000, true, EXAMPLE)).isZero();
    }

    @Test
    void anAbsurdAmountIsRefusedWithTheLimitShown() {
        assertThatThrownBy(() -> MoneyInput.amount("5000000", 1_000_000, false, EXAMPLE))
                .satisfies(e -> {
                    BadInput bad = (BadInput) e;
                    assertThat(bad.templateKey()).isEqualTo("money.too_large");
                    assertThat(bad.model()).containsEntry("max", "1.000.000");
                });
        assertThat(MoneyInput.amount("1.000.000", 1_000_000, false, EXAMPLE)).isEqualTo(1_000_000);
        assertThat(MoneyInput.read("99999999999999999999")).isInstanceOf(MoneyInput.Unreadable.class);
    }
}
