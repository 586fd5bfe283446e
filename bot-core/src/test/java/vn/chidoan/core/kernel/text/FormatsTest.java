package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
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
    void timeLeftIsDaysAndHoursFromADayOnHoursAndMinutesBelowAndNowUnderAMinute() {
        assertThat(Formats.timeLeft(Duration.ofMinutes(3).plusSeconds(2))).isEqualTo(Map.of("m", 3L));
        assertThat(Formats.timeLeft(Duration.ofMinutes(59).plusSeconds(40))).isEqualTo(Map.of("h", 1L));
        assertThat(Formats.timeLeft(Duration.ofHours(12).plusMinutes(30))).isEqualTo(Map.of("h", 12L, "m", 30L));
        assertThat(Formats.timeLeft(Duration.ofDays(1).plusMinutes(20))).isEqualTo(Map.of("d", 1L));
        assertThat(Formats.timeLeft(Duration.ofDays(2).plusHours(5).plusMinutes(40))).isEqualTo(Map.of("d", 2L, "h", 6L));
        assertThat(Formats.timeLeft(Duration.ofSeconds(20))).isEqualTo(Map.of("now", true));
        assertThat(Formats.timeLeft(Duration.ofMinutes(-2))).as("begun already").isEqualTo(Map.of("now", true));
    }

    @Test
    void datesAndTimesUseTheVietnameseOrder() {
        assertThat(Formats.date(LocalDate.of(2026, 12, 5))).isEqualTo("05/12/2026");
        assertThat(Formats.time(LocalTime.of(7, 5))).isEqualTo("07:05");
    }
}
