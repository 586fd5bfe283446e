package vn.chidoan.core.kernel.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as a secretary types them on a phone: {@code 15/12}, {@code 15/12/2026},
 * {@code 15-12}, {@code 15.12.26}, {@code hôm nay}, {@code mai}; {@code 19h30}, {@code 19h},
 * {@code 19:30}, {@code 7g30}, {@code 21:30:15}. A date without a year is the next such day from
 * today (this year, or next year once it has passed; {@code 29/02} the next 29 February). Read
 * without diacritics, so {@code hom nay} works too. One reader for every feature, so {@code /gopy},
 * {@code /hop} and {@code /nhacnho} accept the same words.
 */
public final class DateInput {
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:(?:[:hg]|gio)(\\d{2})?(?::(\\d{2}))?)?(?:p|phut)?");

    private DateInput() {
    }

    /** A day such as {@code 15/12} or {@code mai}, relative to {@code today}; empty when it is not one. */
    public static Optional<LocalDate> date(String text, LocalDate today) {
        String plain = plain(text).replace(" ", "");
        switch (plain) {
            case "homnay", "nay", "today" -> {
                return Optional.of(today);
            }
            case "mai", "ngaymai", "tomorrow" -> {
                return Optional.of(today.plusDays(1));
            }
            default -> {
                // a typed date follows
            }
        }
        Matcher m = DATE.matcher(plain);
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
            return Optional.of(next(day, month, today));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The first {@code day/month} on or after {@code today}: this year's, or a later year's once it has
     * passed. {@code 29/02} is the next 29 February, up to four years away, not an error in a common year.
     */
    private static LocalDate next(int day, int month, LocalDate today) {
        LocalDate.of(2000, month, day); // refuses a day no year has, such as 31/04
        for (int year = today.getYear(); ; year++) {
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                LocalDate candidate = LocalDate.of(year, month, day);
                if (!candidate.isBefore(today)) {
                    return candidate;
                }
            }
        }
    }

    /** A time of day such as {@code 19h30}, {@code 19:30} or {@code 21:30:15}; a bare number is the hour. */
    public static Optional<LocalTime> time(String text) {
        Matcher m = TIME.matcher(plain(text).replace(" ", ""));
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

    /** Lower case, without diacritics ({@code đ} is {@code d}), trimmed. */
    public static String plain(String text) {
        String decomposed = Normalizer.normalize((text == null ? "" : text).strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('\u0111', 'd');
    }
}
