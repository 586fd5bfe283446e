package vn.chidoan.core.org.reminder;

import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;

/**
 * What a secretary types on a phone for reminder settings. Offsets: {@code 3n,1n,2g} (n = ngày,
 * g = giờ, p = phút; also d/h/m, the full words, and combinations such as {@code 1n12g}; {@code 0}
 * is at the event time). Quiet hours: {@code 21:30-07:00} (also {@code 21h30-7h}) or {@code tat}.
 * Input is read without diacritics, so {@code 3 ngày} and {@code 3 ngay} are the same.
 */
final class ReminderNotation {
    static final int MAX_OFFSETS = 5;
    static final Duration MAX_OFFSET = Duration.ofDays(60);

    private static final Pattern OFFSET = Pattern.compile(
            "(?:(\\d{1,3})(?:ngay|n|d))?(?:(\\d{1,3})(?:gio|g|h))?(?:(\\d{1,4})(?:phut|p|m))?");
    private static final Pattern RANGE = Pattern.compile("(\\S+?)\\s*[-\u2013~]\\s*(\\S+)");
    private static final Set<String> NONE_WORDS = Set.of("tat", "off", "khong");

    private ReminderNotation() {
    }

    /** Offsets, largest first, or empty when the text is not 1–5 offsets of at most 60 days. */
    static Optional<List<Duration>> offsets(String text) {
        String plain = normalize(text);
        String[] items = plain.contains(",") || plain.contains(";") ? plain.split("[,;]", -1) : plain.split("\\s+");
        List<Duration> offsets = new ArrayList<>();
        for (String item : items) {
            Optional<Duration> offset = offset(item.replaceAll("\\s+", ""));
            if (offset.isEmpty()) {
                return Optional.empty();
            }
            if (!offsets.contains(offset.get())) {
                offsets.add(offset.get());
            }
        }
        if (offsets.isEmpty() || offsets.size() > MAX_OFFSETS) {
            return Optional.empty();
        }
        offsets.sort(java.util.Comparator.reverseOrder());
        return Optional.of(List.copyOf(offsets));
    }

    /** Quiet hours such as {@code 21:30-07:00}, or {@link QuietHours#NONE} for {@code tat}. */
    static Optional<QuietHours> quietHours(String text) {
        String plain = normalize(text);
        if (NONE_WORDS.contains(plain)) {
            return Optional.of(QuietHours.NONE);
        }
        Matcher range = RANGE.matcher(plain);
        if (!range.matches()) {
            return Optional.empty();
        }
        Optional<LocalTime> start = time(range.group(1));
        Optional<LocalTime> end = time(range.group(2));
        if (start.isEmpty() || end.isEmpty() || start.equals(end)) {
            return Optional.empty();
        }
        return Optional.of(new QuietHours(start.get(), end.get()));
    }

    /** An offset as templates show it: {@code {d: 1, h: 12}}, or {@code {zero: true}} at the event time. */
    static Map<String, Object> model(Duration offset) {
        Map<String, Object> parts = new LinkedHashMap<>();
        putIfPositive(parts, "d", offset.toDays());
        putIfPositive(parts, "h", offset.toHoursPart());
        putIfPositive(parts, "m", offset.toMinutesPart());
        if (parts.isEmpty()) {
            parts.put("zero", true);
        }
        return parts;
    }

    /** An offset as it is typed: {@code 3n}, {@code 1n12g}, {@code 30p}, {@code 0}. */
    static String typed(Duration offset) {
        Map<String, Object> parts = model(offset);
        if (parts.containsKey("zero")) {
            return "0";
        }
        StringBuilder out = new StringBuilder();
        parts.forEach((unit, amount) -> out.append(amount).append(switch (unit) {
            case "d" -> "n";
            case "h" -> "g";
            default -> "p";
        }));
        return out.toString();
    }

    /** A local time as shown: {@code 21:30}, with seconds only where there are some. */
    static String clock(LocalTime time) {
        return time.getSecond() == 0 ? Formats.time(time) : time.toString();
    }

    static String normalize(String text) {
        String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").replace('\u0111', 'd');
    }

    private static Optional<Duration> offset(String item) {
        if (item.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher m = OFFSET.matcher(item);
        if (item.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        Duration offset = Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2)))
                .plusMinutes(number(m.group(3)));
        return offset.isZero() || offset.compareTo(MAX_OFFSET) > 0 ? Optional.empty() : Optional.of(offset);
    }

    private static Optional<LocalTime> time(String text) {
        return DateInput.time(text);
    }

    private static long number(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }

    private static void putIfPositive(Map<String, Object> parts, String unit, long amount) {
        if (amount > 0) {
            parts.put(unit, amount);
        }
    }
}
