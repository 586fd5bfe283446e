package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months collected together: one month, or a calendar quarter. A fee is owed per member per month;
 * the period groups the months a member pays by one deadline and names them in a transfer's memo
 * ({@code T12-2026}, {@code Q4-2026}).
 */
record FeePeriod(YearMonth first, YearMonth last) {
    FeePeriod {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends after it starts: " + first + " .. " + last);
        }
    }

    static FeePeriod month(YearMonth month) {
        return new FeePeriod(month, month);
    }

    /** The calendar quarter {@code month} is in. */
    static FeePeriod quarterOf(YearMonth month) {
        YearMonth first = month.withMonth((month.getMonthValue() - 1) / 3 * 3 + 1);
        return new FeePeriod(first, first.plusMonths(2));
    }

    static FeePeriod year(int year) {
        return new FeePeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    /** The period a {@link #label()} names; empty for what is no label. */
    static Optional<FeePeriod> parse(String label) {
        Matcher m = Pattern.compile("([TQ])(\\d{1,2})-(\\d{4})").matcher(label);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (m.group(1).equals("T") && n >= 1 && n <= 12) {
            return Optional.of(month(YearMonth.of(year, n)));
        }
        return n >= 1 && n <= 4 ? Optional.of(quarterOf(YearMonth.of(year, 3 * n))) : Optional.empty();
    }

    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    boolean isMonth() {
        return first.equals(last);
    }

    boolean isQuarter() {
        return first.getMonthValue() % 3 == 1 && last.equals(first.plusMonths(2));
    }

    boolean isYear() {
        return first.getMonthValue() == 1 && last.equals(first.plusMonths(11));
    }

    /** The period in a memo: {@code T12-2026}, {@code Q4-2026}, {@code 2026}, {@code T10-T11-2026}. */
    String label() {
        if (isMonth()) {
            return "T" + first.getMonthValue() + "-" + first.getYear();
        }
        if (isQuarter()) {
            return "Q" + ((first.getMonthValue() + 2) / 3) + "-" + first.getYear();
        }
        if (isYear()) {
            return Integer.toString(first.getYear());
        }
        String from = "T" + first.getMonthValue() + (first.getYear() == last.getYear() ? "" : "-" + first.getYear());
        return from + "-T" + last.getMonthValue() + "-" + last.getYear();
    }

    /** The period for the {@code fee._period} partial: a month, a quarter, a year or a span of months. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("year", last.getYear());
        if (isMonth()) {
            model.put("month", first.getMonthValue());
        } else if (isQuarter()) {
            model.put("quarter", (first.getMonthValue() + 2) / 3);
        } else if (!isYear()) {
            model.put("fromMonth", first.getMonthValue());
            model.put("fromYear", first.getYear());
            model.put("toMonth", last.getMonthValue());
        }
        return model;
    }
}
