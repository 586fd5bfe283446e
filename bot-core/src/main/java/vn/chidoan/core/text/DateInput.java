package vn.chidoan.core.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as people type them on a phone, the forms PRODUCT.md promises for every command:
 * dates {@code 15/12}, {@code 15/12/2026}, {@code 15-12-2026} (also {@code 15.12} and a two-digit
 * year), times {@code 19:00}, {@code 19h}, {@code 19h30}, {@code 7g}, {@code 19}. One reader for all
 * features, so {@code /gopy}, {@code /hop} and {@code /nhacnho} accept the same words.
 */
public final class DateInput {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:hg](\\d{2})?(?::(\\d{2}))?)?");

    private DateInput() {
    }

    /**
     * A calendar date. Without a year it is the next such day from {@code today} on (today itself
     * included), so {@code 05/01} typed in December is next January. Empty for what is not a real
     * date ({@code 31/02}, {@code mai}).
     */
    public static Optional<LocalDate> date(String text, LocalDate today) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        try {
            if (m.group(3) != null) {
                int year = Integer.parseInt(m.group(3));
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, month, day));
            }
            LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
            return Optional.of(thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : thisYear);
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** A time of day, {@code 19:00}, {@code 19h30}, {@code 7g}, {@code 21:30:15}; empty for what is not one. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = number(m.group(1));
        int minute = number(m.group(2));
        int second = number(m.group(3));
        if (hour > 23 || minute > 59 || second > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute, second));
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
