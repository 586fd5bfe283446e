package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * Periods as a secretary types them, anywhere in a line: a month ({@code T12}, {@code tháng 12},
 * {@code 12/2026}, {@code T12-2026}), a quarter ({@code quý 4}, {@code Q4/2026}) or a year ({@code năm 2026},
 * {@code 2026}). Read without diacritics. A month or quarter without a year is this year's, unless that is
 * more than {@link #AHEAD_MONTHS} months ahead: then last year's ({@code T12} typed in February is the
 * December just gone).
 */
final class PeriodInput {
    static final int AHEAD_MONTHS = 6;
    private static final String YEAR = "(?:\\s*[/-]\\s*|\\s+nam\\s+)(\\d{4})";
    private static final Pattern MONTH = Pattern.compile("(?<![\\p{L}\\d])(?:thang|t)\\s*(\\d{1,2})(?:" + YEAR + ")?(?!\\d)");
    private static final Pattern QUARTER = Pattern.compile("(?<![\\p{L}\\d])(?:quy|q)\\s*([1-4]|iv|iii|ii|i)(?:" + YEAR
            + ")?(?![\\p{L}\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*/\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?<![\\p{L}\\d])(?:nam\\s+)?(20\\d{2})(?!\\d)");

    private PeriodInput() {
    }

    /** A period found in the text and the text without it. */
    record Found(FeePeriod period, String rest) {
    }

    /** The first period typed in {@code text} (plain, without diacritics), if any. */
    static Optional<Found> find(String text, YearMonth current) {
        String plain = DateInput.plain(text);
        Matcher quarter = QUARTER.matcher(plain);
        if (quarter.find()) {
            int q = quarter(quarter.group(1));
            YearMonth first = resolve(YearMonth.of(current.getYear(), 3 * q - 2), quarter.group(2), current);
            return Optional.of(new Found(FeePeriod.quarterOf(first), cut(plain, quarter)));
        }
        Matcher month = MONTH.matcher(plain);
        if (month.find() && validMonth(month.group(1))) {
            YearMonth m = resolve(YearMonth.of(current.getYear(), Integer.parseInt(month.group(1))), month.group(2),
                    current);
            return Optional.of(new Found(FeePeriod.month(m), cut(plain, month)));
        }
        Matcher monthYear = MONTH_YEAR.matcher(plain);
        if (monthYear.find() && validMonth(monthYear.group(1))) {
            YearMonth m = YearMonth.of(Integer.parseInt(monthYear.group(2)), Integer.parseInt(monthYear.group(1)));
            return Optional.of(new Found(FeePeriod.month(m), cut(plain, monthYear)));
        }
        Matcher year = YEAR_ONLY.matcher(plain);
        if (year.find()) {
            return Optional.of(new Found(FeePeriod.year(Integer.parseInt(year.group(1))), cut(plain, year)));
        }
        return Optional.empty();
    }

    /** The whole text as one period, or empty when it is something else. */
    static Optional<FeePeriod> read(String text, YearMonth current) {
        return find(text, current).filter(found -> found.rest().isBlank()).map(Found::period);
    }

    private static YearMonth resolve(YearMonth thisYear, String typedYear, YearMonth current) {
        if (typedYear != null) {
            return thisYear.withYear(Integer.parseInt(typedYear));
        }
        return thisYear.isAfter(current.plusMonths(AHEAD_MONTHS)) ? thisYear.minusYears(1) : thisYear;
    }

    private static boolean validMonth(String digits) {
        int month = Integer.parseInt(digits);
        return month >= 1 && month <= 12;
    }

    private static int quarter(String typed) {
        return switch (typed) {
            case "i" -> 1;
            case "ii" -> 2;
            case "iii" -> 3;
            case "iv" -> 4;
            default -> Integer.parseInt(typed);
        };
    }

    private static String cut(String plain, Matcher match) {
        return (plain.substring(0, match.start()) + " " + plain.substring(match.end())).replaceAll("\\s+", " ").strip();
    }
}
