package vn.chidoan.core.org.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OccurrencesTest {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<Duration> AT_EVENT = List.of(Duration.ZERO);

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(VN).toInstant();
    }

    static Optional<Instant> nextEvent(Schedule schedule, String after) {
        return schedule.nextEventAfter(vn(after), VN);
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfA30DayMonth() {
        Schedule monthly = new Schedule.Monthly(31, LocalTime.of(9, 0));
        assertThat(nextEvent(monthly, "2027-04-01T00:00")).contains(vn("2027-04-30T09:00"));
        assertThat(nextEvent(monthly, "2027-04-30T09:00")).contains(vn("2027-05-31T09:00"));
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfFebruaryInLeapAndOtherYears() {
        Schedule monthly = new Schedule.Monthly(31, LocalTime.of(9, 0));
        assertThat(nextEvent(monthly, "2027-02-01T00:00")).contains(vn("2027-02-28T09:00"));
        assertThat(nextEvent(monthly, "2028-02-01T00:00")).contains(vn("2028-02-29T09:00"));
    }

    @Test
    void lastDayOfMonthIsAlwaysTheMonthsLastDay() {
        Schedule last = Schedule.Monthly.lastDay(LocalTime.of(18, 0));
        assertThat(nextEvent(last, "2027-01-31T18:00")).contains(vn("2027-02-28T18:00"));
        assertThat(nextEvent(last, "2027-02-28T18:00")).contains(vn("2027-03-31T18:00"));
        assertThat(nextEvent(last, "2027-04-15T07:00")).contains(vn("2027-04-30T18:00"));
    }

    @Test
    void monthlyReadsTheDayInVietnamNotInUtc() {
        Schedule firstOfMonth = new Schedule.Monthly(1, LocalTime.of(0, 15));
        Instant after = Instant.parse("2027-01-31T17:30:00Z");
        assertThat(firstOfMonth.nextEventAfter(after, VN)).contains(vn("2027-03-01T00:15"));
        assertThat(firstOfMonth.nextEventAfter(after, ZoneId.of("UTC")))
                .contains(Instant.parse("2027-02-01T00:15:00Z"));
    }

    @Test
    void weeklyIsLaterTodayOrTheSameDayNextWeek() {
        Schedule monday = new Schedule.Weekly(DayOfWeek.MONDAY, LocalTime.of(19, 0));
        assertThat(nextEvent(monday, "2027-03-01T08:00")).contains(vn("2027-03-01T19:00"));
        assertThat(nextEvent(monday, "2027-03-01T19:00")).contains(vn("2027-03-08T19:00"));
        assertThat(nextEvent(monday, "2027-03-03T10:00")).contains(vn("2027-03-08T19:00"));
    }

    @Test
    void quarterlyFallsInTheGivenMonthOfEachQuarter() {
        Schedule endOfQuarter = new Schedule.Quarterly(3, Schedule.LAST_DAY, LocalTime.of(8, 0));
        assertThat(nextEvent(endOfQuarter, "2027-05-10T00:00")).contains(vn("2027-06-30T08:00"));
        assertThat(nextEvent(endOfQuarter, "2027-06-30T08:00")).contains(vn("2027-09-30T08:00"));
        Schedule firstMonth = new Schedule.Quarterly(1, 15, LocalTime.of(8, 0));
        assertThat(nextEvent(firstMonth, "2027-11-20T00:00")).contains(vn("2028-01-15T08:00"));
    }

    @Test
    void aOneOffHappensOnce() {
        Schedule once = new Schedule.OneOff(vn("2027-03-01T19:00"));
        assertThat(nextEvent(once, "2027-02-01T00:00")).contains(vn("2027-03-01T19:00"));
        assertThat(nextEvent(once, "2027-03-01T19:00")).isEmpty();
    }

    @Test
    void offsetsPlanRemindersBeforeTheEventInTimeOrder() {
        Schedule meeting = new Schedule.OneOff(vn("2027-03-10T19:00"));
        List<Duration> offsets = List.of(Duration.ofDays(3), Duration.ofDays(1), Duration.ofHours(2));
        List<Occurrence> all = new ArrayList<>();
        Instant after = vn("2027-03-01T00:00");
        for (Optional<Occurrence> next = Occurrences.next(meeting, offsets, after, VN); next.isPresent();
                next = Occurrences.next(meeting, offsets, next.get().at(), VN)) {
            all.add(next.get());
        }
        assertThat(all).extracting(Occurrence::at)
                .containsExactly(vn("2027-03-07T19:00"), vn("2027-03-09T19:00"), vn("2027-03-10T17:00"));
        assertThat(all).extracting(Occurrence::event).containsOnly(vn("2027-03-10T19:00"));
    }

    @Test
    void anOffsetWhoseTimeHasPassedRollsToTheNextEvent() {
        Schedule monthly = new Schedule.Monthly(10, LocalTime.of(19, 0));
        Optional<Occurrence> next = Occurrences.next(monthly, List.of(Duration.ofDays(3)), vn("2027-03-08T00:00"), VN);
        assertThat(next).contains(new Occurrence(vn("2027-04-07T19:00"), vn("2027-04-10T19:00")));
    }

    @Test
    void aScheduleOnlyPlansItsOwnOccurrences() {
        Schedule monthly = new Schedule.Monthly(10, LocalTime.of(19, 0));
        List<Duration> offsets = List.of(Duration.ofDays(1));
        assertThat(Occurrences.plans(monthly, offsets,
                new Occurrence(vn("2027-04-09T19:00"), vn("2027-04-10T19:00")), VN)).isTrue();
        assertThat(Occurrences.plans(monthly, offsets,
                new Occurrence(vn("2027-04-09T18:00"), vn("2027-04-10T18:00")), VN)).isFalse();
        assertThat(Occurrences.plans(monthly, AT_EVENT,
                new Occurrence(vn("2027-04-09T19:00"), vn("2027-04-10T19:00")), VN)).isFalse();
    }
}
