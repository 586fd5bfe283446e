package vn.chidoan.core.kernel.text;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and times as a secretary types them on a phone: {@code 15/12}, {@code 15/12/2026},
 * {@code 15-12}, {@code 15.12.26}, {@code hôm nay}, {@code mai}, {@code thứ 2} … {@code thứ 7},
 * {@code CN}; {@code 19h30}, {@code 19h}, {@code 19:30}, {@code 7g30}, {@code 21:30:15}. A weekday is
 * the next such day, today included. A date without a year is this year's, unless that was more than
 * {@link #RECENT_MONTHS} months ago (then next year's): a day of the last months stays in the past, so
 * the feature refuses it ("ngày này đã qua") instead of moving it a year; only a typed year does that.
 * A day this year does not have ({@code 29/02} in a common year) is the next year's that has it. Read
 * without diacritics, so {@code hom nay} works too. One reader for every feature, so
 * {@code /gopy}, {@code /hop} and {@code /nhacnho} accept the same words ({@link #leading} reads a day
 * and its time wherever a feature finds them).
 */
public final class DateInput {
    /** A date without a year this many months back or less is read as this year's, in the past. */
    public static final int RECENT_MONTHS = 6;
    private static final Pattern WEEKDAY = Pattern.compile("(?:thu|t)([2-7]|hai|ba|tu|nam|sau|bay)|chunhat|cn");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?");
    private static final Pattern TIME_LIKE = Pattern.compile("\\d{1,3}(?:[:hg]|gio)\\S*");
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
                // a weekday or a typed date follows
            }
        }
        Matcher weekday = WEEKDAY.matcher(plain);
        if (weekday.matches()) {
            return Optional.of(today.with(TemporalAdjusters.nextOrSame(weekday(weekday.group(1)))));
        }
        Matcher m = DATE.matcher(plain.startsWith("ngay") ? plain.substring(4) : plain);
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
            return Optional.of(withoutYear(day, month, today));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A day typed without a year: this year's, unless that was more than {@link #RECENT_MONTHS} months
     * ago (then the next year's); a day this year does not have is the next year's that has it, so
     * {@code 29/02} is the next 29 February rather than an error in a common year.
     */
    private static LocalDate withoutYear(int day, int month, LocalDate today) {
        LocalDate.of(2000, month, day); // refuses a day no year has, such as 31/04
        int year = today.getYear();
        if (day <= YearMonth.of(year, month).lengthOfMonth()) {
            LocalDate thisYear = LocalDate.of(year, month, day);
            if (!thisYear.isBefore(today.minusMonths(RECENT_MONTHS))) {
                return thisYear;
            }
            year++;
        }
        while (day > YearMonth.of(year, month).lengthOfMonth()) {
            year++;
        }
        return LocalDate.of(year, month, day);
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

    /**
     * A day, and the time typed after it if any: what {@link #leading} read.
     *
     * @param notATime the word after the day that looks like a time but is none ({@code 25h}), or null
     */
    public record When(LocalDate date, LocalTime time, String rest, String notATime) {
        public When(LocalDate date, LocalTime time, String rest) {
            this(date, time, rest, null);
        }
    }

    /**
     * Reads a day ({@code mai}, {@code hôm nay}, {@code thứ 2}, {@code ngày 15/12}, {@code 15/12/2026}) at the
     * start of {@code text}, then a time if one follows ({@code 19h30}, {@code 19:30}; a bare hour such as
     * {@code 17} only when nothing follows it), and gives what is left after them. Empty when the text
     * does not start with a day.
     */
    public static Optional<When> leading(String text, LocalDate today) {
        String[] words = (text == null ? "" : text.strip()).split("\\s+", 4);
        for (int dayWords = Math.min(2, words.length); dayWords >= 1; dayWords--) {
            Optional<LocalDate> day = date(String.join(" ", java.util.Arrays.copyOf(words, dayWords)), today);
            if (day.isPresent() && !words[0].isEmpty()) {
                return Optional.of(withTime(day.get(), words, dayWords));
            }
        }
        return Optional.empty();
    }

    /**
     * A moment typed alone, as a deadline is ({@code 15/12}, {@code mai 19h}, {@code thứ 6}): its day at
     * its time, or at {@code defaultTime} when none was typed. Empty when the text is not a day alone, or
     * its time is none ({@code 25h}).
     */
    public static Optional<ZonedDateTime> moment(String typed, ZonedDateTime now, LocalTime defaultTime) {
        return leading(typed, now.toLocalDate()).filter(w -> w.rest().isEmpty() && w.notATime() == null)
                .map(w -> ZonedDateTime.of(w.date(), w.time() == null ? defaultTime : w.time(), now.getZone()));
    }

    private static When withTime(LocalDate day, String[] words, int used) {
        String[] rest = rest(words, used).split("\\s+", 2);
        Optional<LocalTime> time = rest[0].isEmpty() ? Optional.empty() : time(rest[0]);
        boolean marked = !rest[0].matches("\\d+");
        if (time.isPresent() && (marked || rest.length == 1)) {
            return new When(day, time.get(), rest.length > 1 ? rest[1].strip() : "");
        }
        boolean timeLike = time.isEmpty() && TIME_LIKE.matcher(plain(rest[0])).matches();
        return new When(day, null, rest(words, used), timeLike ? rest[0] : null);
    }

    private static String rest(String[] words, int used) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, used, words.length)).strip();
    }

    private static DayOfWeek weekday(String word) {
        if (word == null) {
            return DayOfWeek.SUNDAY;
        }
        return switch (word) {
            case "2", "hai" -> DayOfWeek.MONDAY;
            case "3", "ba" -> DayOfWeek.TUESDAY;
            case "4", "tu" -> DayOfWeek.WEDNESDAY;
            case "5", "nam" -> DayOfWeek.THURSDAY;
            case "6", "sau" -> DayOfWeek.FRIDAY;
            default -> DayOfWeek.SATURDAY;
        };
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** Lower case, without diacritics ({@code đ} is {@code d}), trimmed. */
    public static String plain(String text) {
        String decomposed = Normalizer.normalize((text == null ? "" : text).strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('\u0111', 'd');
    }

    /**
     * A day in the past typed with its year, such as a date of birth: {@code 15/03/2008}, {@code 15-3-2008},
     * {@code 15.03.08}. A two-digit year is the latest such year not after {@code today} ({@code 08} is
     * 2008, {@code 95} is 1995). Empty when no year was typed (a birthday is no day of this year), when
     * the text is no date, or when the day is after {@code today}.
     */
    public static Optional<LocalDate> pastDate(String text, LocalDate today) {
        Matcher m = DATE.matcher(plain(text).replace(" ", ""));
        if (!m.matches() || m.group(3) == null) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year = 2000 + year > today.getYear() ? 1900 + year : 2000 + year;
        }
        try {
            LocalDate day = LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return day.isAfter(today) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
