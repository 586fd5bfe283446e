package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderNotationTest {

    @Test
    void offsetsAreReadInPhoneFriendlyNotationLargestFirst() {
        List<Duration> expected = List.of(Duration.ofDays(3), Duration.ofDays(1), Duration.ofHours(2));
        assertThat(ReminderNotation.offsets("3n,1n,2g")).contains(expected);
        assertThat(ReminderNotation.offsets("2g, 3n, 1n")).contains(expected);
        assertThat(ReminderNotation.offsets("3n 1n 2g")).contains(expected);
        assertThat(ReminderNotation.offsets("3 ngày, 1 ngày, 2 giờ")).contains(expected);
        assertThat(ReminderNotation.offsets("3d,1D,2h")).contains(expected);
    }

    @Test
    void anOffsetMayCombineUnitsOrBeTheEventTimeItself() {
        assertThat(ReminderNotation.offsets("1n12g,30p,0"))
                .contains(List.of(Duration.ofHours(36), Duration.ofMinutes(30), Duration.ZERO));
    }

    @Test
    void badOffsetsAreRefused() {
        assertThat(ReminderNotation.offsets("")).isEmpty();
        assertThat(ReminderNotation.offsets("3")).isEmpty();
        assertThat(ReminderNotation.offsets("3x")).isEmpty();
        assertThat(ReminderNotation.offsets("3n,")).isEmpty();
        assertThat(ReminderNotation.offsets("61n")).isEmpty();
        assertThat(ReminderNotation.offsets("5n,4n,3n,2n,1n,1g")).isEmpty();
        assertThat(ReminderNotation.offsets("0n")).isEmpty();
    }

    @Test
    void quietHoursAreAStartAndAnEndOrOff() {
        QuietHours night = new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 0));
        assertThat(ReminderNotation.quietHours("21:30-07:00")).contains(night);
        assertThat(ReminderNotation.quietHours("21h30 - 7h")).contains(night);
        assertThat(ReminderNotation.quietHours("22-6")).contains(new QuietHours(LocalTime.of(22, 0), LocalTime.of(6, 0)));
        assertThat(ReminderNotation.quietHours("tắt")).contains(QuietHours.NONE);
    }

    @Test
    void badQuietHoursAreRefused() {
        assertThat(ReminderNotation.quietHours("")).isEmpty();
        assertThat(ReminderNotation.quietHours("21:30")).isEmpty();
        assertThat(ReminderNotation.quietHours("25:00-07:00")).isEmpty();
        assertThat(ReminderNotation.quietHours("21:61-07:00")).isEmpty();
        assertThat(ReminderNotation.quietHours("07:00-07:00")).isEmpty();
        assertThat(ReminderNotation.quietHours("tối-sáng")).isEmpty();
    }

    @Test
    void offsetsAreShownAsTheyAreTyped() {
        assertThat(ReminderNotation.typed(Duration.ofDays(3))).isEqualTo("3n");
        assertThat(ReminderNotation.typed(Duration.ofHours(36))).isEqualTo("1n12g");
        assertThat(ReminderNotation.typed(Duration.ofMinutes(90))).isEqualTo("1g30p");
        assertThat(ReminderNotation.typed(Duration.ZERO)).isEqualTo("0");
    }
}
