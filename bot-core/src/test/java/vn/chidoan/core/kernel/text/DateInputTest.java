package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Dates and times as typed on a phone, with and without diacritics. */
class DateInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aDayWithoutAYearIsTheNextSuchDay() {
        assertThat(DateInput.date("15/12", TODAY)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateInput.date("2/3", TODAY)).contains(TODAY);
        assertThat(DateInput.date("1/3", TODAY)).as("already past: next year").contains(LocalDate.of(2027, 3, 1));
        assertThat(DateInput.date("15-12", TODAY)).contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void aYearMayBeGivenInFullOrShort() {
        assertThat(DateInput.date("15/12/2027", TODAY)).contains(LocalDate.of(2027, 12, 15));
        assertThat(DateInput.date("15.12.27", TODAY)).contains(LocalDate.of(2027, 12, 15));
        assertThat(DateInput.date("15-12-2026", TODAY)).contains(LocalDate.of(2026, 12, 15));
    }

    @Test
    void wordsForTodayAndTomorrow() {
        assertThat(DateInput.date("hôm nay", TODAY)).contains(TODAY);
        assertThat(DateInput.date("homnay", TODAY)).contains(TODAY);
        assertThat(DateInput.date("mai", TODAY)).contains(TODAY.plusDays(1));
        assertThat(DateInput.date("Ngày mai", TODAY)).contains(TODAY.plusDays(1));
    }

    @Test
    void theTwentyNinthOfFebruaryWithoutAYearIsTheNextOne() {
        assertThat(DateInput.date("29/02", TODAY)).as("2026 and 2027 have none").contains(LocalDate.of(2028, 2, 29));
        assertThat(DateInput.date("29/2", LocalDate.of(2028, 1, 10))).contains(LocalDate.of(2028, 2, 29));
        assertThat(DateInput.date("29-02", LocalDate.of(2028, 3, 1))).contains(LocalDate.of(2032, 2, 29));
        assertThat(DateInput.date("29/02/2027", TODAY)).as("a year given is taken as typed").isEmpty();
        assertThat(DateInput.date("30/02", TODAY)).isEmpty();
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(DateInput.date("31/4", TODAY)).isEmpty();
        assertThat(DateInput.date("35/13", TODAY)).isEmpty();
        assertThat(DateInput.date("thứ hai", TODAY)).isEmpty();
        assertThat(DateInput.date(null, TODAY)).isEmpty();
    }

    @Test
    void timesInTheUsualVietnameseShapes() {
        assertThat(DateInput.time("19h30")).contains(LocalTime.of(19, 30));
        assertThat(DateInput.time("19:30")).contains(LocalTime.of(19, 30));
        assertThat(DateInput.time("7h")).contains(LocalTime.of(7, 0));
        assertThat(DateInput.time("7g30")).contains(LocalTime.of(7, 30));
        assertThat(DateInput.time("19")).contains(LocalTime.of(19, 0));
        assertThat(DateInput.time("7G30")).contains(LocalTime.of(7, 30));
        assertThat(DateInput.time("21:30:15")).as("quiet hours may carry seconds").contains(LocalTime.of(21, 30, 15));
        assertThat(DateInput.time("21:30:75")).isEmpty();
        assertThat(DateInput.time("25h")).isEmpty();
        assertThat(DateInput.time("19h75")).isEmpty();
        assertThat(DateInput.time("tối")).isEmpty();
    }
}
