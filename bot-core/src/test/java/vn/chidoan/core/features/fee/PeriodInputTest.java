package vn.chidoan.core.features.fee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Periods as typed, in March 2026: months, quarters and years, with or without the year and diacritics. */
class PeriodInputTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"T12|T12-2025", "tháng 12|T12-2025", "thang 3|T3-2026", "T9|T9-2026",
        "12/2026|T12-2026", "T12-2026|T12-2026", "tháng 12 năm 2026|T12-2026", "quý 4|Q4-2025", "Q1|Q1-2026",
        "Q4/2026|Q4-2026", "quý IV|Q4-2025", "quy 2 nam 2026|Q2-2026", "2026|2026", "năm 2025|2025"})
    void aPeriodTypedAloneIsReadWithThisYearUnlessThatIsMoreThanSixMonthsAhead(String typed, String label) {
        assertThat(PeriodInput.read(typed, MARCH)).hasValueSatisfying(p -> assertThat(p.label()).isEqualTo(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"T13", "quý 5", "tháng", "mai", "3, 5", "13/2026"})
    void whatIsNoPeriodIsNotReadAsOne(String typed) {
        assertThat(PeriodInput.read(typed, MARCH)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3, 5 T12 5k|T12-2025|3, 5 5k", "ca chi doan da nop quy 4 tru 3, 7|Q4-2025|"
        + "ca chi doan da nop tru 3, 7", "3 5000|none|3 5000"})
    void aPeriodIsFoundAmongOtherWordsWhichAreLeftForTheCommand(String typed, String label, String rest) {
        var found = PeriodInput.find(typed, MARCH);
        if (label.equals("none")) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).hasValueSatisfying(f -> {
                assertThat(f.period().label()).isEqualTo(label);
                assertThat(f.rest()).isEqualTo(rest);
            });
        }
    }
}
