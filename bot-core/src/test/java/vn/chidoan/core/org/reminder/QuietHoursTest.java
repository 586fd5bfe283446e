package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chidoan.core.org.reminder.OccurrencesTest.VN;
import static vn.chidoan.core.org.reminder.OccurrencesTest.vn;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    final QuietHours night = new QuietHours(LocalTime.of(21, 30), LocalTime.of(7, 0));

    @Test
    void nightQuietHoursWrapPastMidnight() {
        assertThat(night.contains(LocalTime.of(21, 29))).isFalse();
        assertThat(night.contains(LocalTime.of(21, 30))).isTrue();
        assertThat(night.contains(LocalTime.of(0, 0))).isTrue();
        assertThat(night.contains(LocalTime.of(6, 59))).isTrue();
        assertThat(night.contains(LocalTime.of(7, 0))).isFalse();
    }

    @Test
    void aReminderDueInTheEveningMovesToSevenTheNextMorning() {
        assertThat(night.shift(vn("2027-03-01T23:00"), VN)).isEqualTo(vn("2027-03-02T07:00"));
        assertThat(night.shift(vn("2027-03-01T21:30"), VN)).isEqualTo(vn("2027-03-02T07:00"));
    }

    @Test
    void aReminderDueAfterMidnightMovesToSevenTheSameMorning() {
        assertThat(night.shift(vn("2027-03-02T03:15"), VN)).isEqualTo(vn("2027-03-02T07:00"));
    }

    @Test
    void aReminderOutsideQuietHoursStaysPut() {
        assertThat(night.shift(vn("2027-03-02T07:00"), VN)).isEqualTo(vn("2027-03-02T07:00"));
        assertThat(night.shift(vn("2027-03-02T21:29"), VN)).isEqualTo(vn("2027-03-02T21:29"));
    }

    @Test
    void aWindowWithinOneDayShiftsToItsEndThatDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(11, 30), LocalTime.of(13, 0));
        assertThat(lunch.shift(vn("2027-03-02T12:00"), VN)).isEqualTo(vn("2027-03-02T13:00"));
        assertThat(lunch.shift(vn("2027-03-02T13:00"), VN)).isEqualTo(vn("2027-03-02T13:00"));
    }

    @Test
    void noneIsNeverQuiet() {
        assertThat(QuietHours.NONE.contains(LocalTime.of(23, 0))).isFalse();
        assertThat(QuietHours.NONE.shift(vn("2027-03-01T23:00"), VN)).isEqualTo(vn("2027-03-01T23:00"));
    }
}
