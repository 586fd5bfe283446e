package vn.chidoan.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class DateInputTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 20);

    @Test
    void readsTheDateFormsTheProductPromises() {
        assertThat(DateInput.date("25/12", TODAY)).contains(LocalDate.of(2026, 12, 25));
        assertThat(DateInput.date("15/12/2026", TODAY)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateInput.date("15-12-2026", TODAY)).contains(LocalDate.of(2026, 12, 15));
        assertThat(DateInput.date("5.1.27", TODAY)).contains(LocalDate.of(2027, 1, 5));
    }

    @Test
    void aDateWithoutAYearIsTheNextSuchDay() {
        assertThat(DateInput.date("20/12", TODAY)).as("today").contains(TODAY);
        assertThat(DateInput.date("05/01", TODAY)).contains(LocalDate.of(2027, 1, 5));
    }

    @Test
    void whatIsNotARealDateIsEmpty() {
        assertThat(DateInput.date("31/02/2027", TODAY)).isEmpty();
        assertThat(DateInput.date("32/13", TODAY)).isEmpty();
        assertThat(DateInput.date("mai", TODAY)).isEmpty();
        assertThat(DateInput.date(null, TODAY)).isEmpty();
    }

    @Test
    void readsTheTimeForms() {
        assertThat(DateInput.time("19:00")).contains(LocalTime.of(19, 0));
        assertThat(DateInput.time("19h")).contains(LocalTime.of(19, 0));
        assertThat(DateInput.time("19h30")).contains(LocalTime.of(19, 30));
        assertThat(DateInput.time("7G30")).contains(LocalTime.of(7, 30));
        assertThat(DateInput.time("21:30:15")).contains(LocalTime.of(21, 30, 15));
        assertThat(DateInput.time("24h")).isEmpty();
        assertThat(DateInput.time("19h75")).isEmpty();
        assertThat(DateInput.time("tối")).isEmpty();
    }
}
