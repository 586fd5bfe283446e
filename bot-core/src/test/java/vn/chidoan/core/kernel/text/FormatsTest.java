package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void moneyGroupsThousandsWithDots() {
        assertThat(Formats.money(0)).isEqualTo("0");
        assertThat(Formats.money(5_000)).isEqualTo("5.000");
        assertThat(Formats.money(1_234_567)).isEqualTo("1.234.567");
        assertThat(Formats.money(-20_000)).isEqualTo("-20.000");
    }

    @Test
    void datesAndTimesUseTheVietnameseOrder() {
        assertThat(Formats.date(LocalDate.of(2026, 12, 5))).isEqualTo("05/12/2026");
        assertThat(Formats.time(LocalTime.of(7, 5))).isEqualTo("07:05");
    }
}
