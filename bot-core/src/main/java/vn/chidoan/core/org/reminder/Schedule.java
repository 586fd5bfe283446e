package vn.chidoan.core.org.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * When the events a reminder reminds of happen: once, or every month, week or quarter at a local
 * time in the configured zone. A day of month past the month's end falls on its last day (the 31st
 * of April is the 30th); {@link #LAST_DAY} is always the last day (cuối tháng).
 */
public sealed interface Schedule {

    int LAST_DAY = -1;

    /** The first event strictly after {@code after}, if there is one. */
    Optional<Instant> nextEventAfter(Instant after, ZoneId zone);

    /** A single event. */
    record OneOff(Instant at) implements Schedule {
        public OneOff {
            at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public Optional<Instant> nextEventAfter(Instant after, ZoneId zone) {
            return at.isAfter(after) ? Optional.of(at) : Optional.empty();
        }
    }

    /** Every month on {@code day} (1–31 or {@link #LAST_DAY}) at {@code time}. */
    record Monthly(int day, LocalTime time) implements Schedule {
        public Monthly {
            checkDay(day);
            time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MILLIS);
        }

        public static Monthly lastDay(LocalTime time) {
            return new Monthly(LAST_DAY, time);
        }

        @Override
        public Optional<Instant> nextEventAfter(Instant after, ZoneId zone) {
            YearMonth month = YearMonth.from(after.atZone(zone));
            Instant candidate = at(dayIn(month, day), time, zone);
            return Optional.of(candidate.isAfter(after) ? candidate : at(dayIn(month.plusMonths(1), day), time, zone));
        }
    }

    /** Every week on {@code day} at {@code time}. */
    record Weekly(DayOfWeek day, LocalTime time) implements Schedule {
        public Weekly {
            Objects.requireNonNull(day, "day");
            time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public Optional<Instant> nextEventAfter(Instant after, ZoneId zone) {
            LocalDate date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.nextOrSame(day));
            Instant candidate = at(date, time, zone);
            return Optional.of(candidate.isAfter(after) ? candidate : at(date.plusWeeks(1), time, zone));
        }
    }

    /**
     * Every quarter (from January, April, July, October) in its {@code monthOfQuarter} (1–3) on
     * {@code day} (1–31 or {@link #LAST_DAY}) at {@code time}.
     */
    record Quarterly(int monthOfQuarter, int day, LocalTime time) implements Schedule {
        public Quarterly {
            if (monthOfQuarter < 1 || monthOfQuarter > 3) {
                throw new IllegalArgumentException("month of quarter is 1, 2 or 3: " + monthOfQuarter);
            }
            checkDay(day);
            time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MILLIS);
        }

        @Override
        public Optional<Instant> nextEventAfter(Instant after, ZoneId zone) {
            ZonedDateTime from = after.atZone(zone);
            int firstMonthOfQuarter = (from.getMonthValue() - 1) / 3 * 3 + 1;
            YearMonth month = YearMonth.of(from.getYear(), firstMonthOfQuarter + monthOfQuarter - 1);
            Instant candidate = at(dayIn(month, day), time, zone);
            return Optional.of(candidate.isAfter(after) ? candidate : at(dayIn(month.plusMonths(3), day), time, zone));
        }
    }

    private static void checkDay(int day) {
        if (day != LAST_DAY && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day of month is 1-31 or LAST_DAY: " + day);
        }
    }

    private static LocalDate dayIn(YearMonth month, int day) {
        return day == LAST_DAY ? month.atEndOfMonth() : month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
