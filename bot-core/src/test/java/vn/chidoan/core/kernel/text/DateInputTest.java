package vn.chidoan.core.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Dates and times as typed on a phone, with and without diacritics. */
class DateInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void aDayWithoutAYearIsThisYearsOrNextYearsWhenThisYearsIsLongPast() {
        assertThat(DateInput.date("15/12", TODAY)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateInput.date("2/3", TODAY)).contains(TODAY);
        assertThat(DateInput.date("15-12", TODAY)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateInput.date("05/01", LocalDate.of(2026, 12, 20))).as("January, typed in late December")
                .contains(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aDayOfTheLastMonthsStaysInThePastSoTheFeatureRefusesItInsteadOfMovingItAYear() {
        assertThat(DateInput.date("1/3", TODAY)).as("yesterday").contains(LocalDate.of(2026, 3, 1));
        assertThat(DateInput.date("01/12", LocalDate.of(2026, 12, 5))).as("four days ago")
                .contains(LocalDate.of(2026, 12, 1));
        assertThat(DateInput.date("01/12/2027", LocalDate.of(2026, 12, 5))).as("a typed year moves it")
                .contains(LocalDate.of(2027, 12, 1));
    }

    @Test
    void weekdaysAreTheNextSuchDayTodayIncluded() {
        assertThat(DateInput.date("thứ 2", TODAY)).as("today is a Monday").contains(TODAY);
        assertThat(DateInput.date("thứ hai", TODAY)).contains(TODAY);
        assertThat(DateInput.date("thứ 3", TODAY)).contains(LocalDate.of(2026, 3, 3));
        assertThat(DateInput.date("Thứ Bảy", TODAY)).contains(LocalDate.of(2026, 3, 7));
        assertThat(DateInput.date("t6", TODAY)).contains(LocalDate.of(2026, 3, 6));
        assertThat(DateInput.date("CN", TODAY)).contains(LocalDate.of(2026, 3, 8));
        assertThat(DateInput.date("chủ nhật", TODAY)).contains(LocalDate.of(2026, 3, 8));
        assertThat(DateInput.date("thứ 8", TODAY)).isEmpty();
    }

    @Test
    void aDayAndItsTimeAreReadAtTheStartOfATextWithWhatFollows() {
        assertThat(DateInput.leading("mai 19h30 Sinh hoạt chi đoàn", TODAY)).contains(
                new DateInput.When(TODAY.plusDays(1), LocalTime.of(19, 30), "Sinh hoạt chi đoàn"));
        assertThat(DateInput.leading("hôm nay 0h21", TODAY)).contains(
                new DateInput.When(TODAY, LocalTime.of(0, 21), ""));
        assertThat(DateInput.leading("thứ 6 17:00 nội dung", TODAY)).contains(
                new DateInput.When(LocalDate.of(2026, 3, 6), LocalTime.of(17, 0), "nội dung"));
        assertThat(DateInput.leading("ngày 15/12 nội dung", TODAY)).contains(
                new DateInput.When(LocalDate.of(2026, 12, 15), null, "nội dung"));
        assertThat(DateInput.leading("15/12 17", TODAY)).as("a bare hour at the end is the time").contains(
                new DateInput.When(LocalDate.of(2026, 12, 15), LocalTime.of(17, 0), ""));
        assertThat(DateInput.leading("15/12 3 bài", TODAY)).as("a bare number before more words is not").contains(
                new DateInput.When(LocalDate.of(2026, 12, 15), null, "3 bài"));
        assertThat(DateInput.leading("chế độ họp", TODAY)).isEmpty();
        assertThat(DateInput.leading("", TODAY)).isEmpty();
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
        assertThat(DateInput.date("29-02", LocalDate.of(2028, 3, 1))).as("yesterday stays in the past")
                .contains(LocalDate.of(2028, 2, 29));
        assertThat(DateInput.date("29-02", LocalDate.of(2028, 12, 1))).as("long past: the next one")
                .contains(LocalDate.of(2032, 2, 29));
        assertThat(DateInput.date("29/02/2027", TODAY)).as("a year given is taken as typed").isEmpty();
        assertThat(DateInput.date("30/02", TODAY)).isEmpty();
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThat(DateInput.date("31/4", TODAY)).isEmpty();
        assertThat(DateInput.date("35/13", TODAY)).isEmpty();
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
