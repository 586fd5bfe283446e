package vn.chidoan.core.org.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Objects;

/** Days from {@code from} up to, not including, {@code until}, in the organisation's time zone. */
public record DatePeriod(LocalDate from, LocalDate until) {
    public DatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(from)) {
            throw new IllegalArgumentException("a period ends after it starts: " + from + " .. " + until);
        }
    }

    public static DatePeriod month(YearMonth month) {
        return new DatePeriod(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    /** Quarter 1 to 4 of the year. */
    public static DatePeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4: " + quarter);
        }
        YearMonth first = YearMonth.of(year, 3 * quarter - 2);
        return new DatePeriod(first.atDay(1), first.plusMonths(3).atDay(1));
    }

    public static DatePeriod year(int year) {
        return new DatePeriod(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The first moment of the period in that zone. */
    public Instant startIn(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in that zone. */
    public Instant endIn(ZoneId zone) {
        return until.atStartOfDay(zone).toInstant();
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && day.isBefore(until);
    }
}
