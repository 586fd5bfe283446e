package vn.chidoan.core.kernel.text;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/** How the product shows dates ({@code dd/MM/yyyy}), times ({@code HH:mm}) and money ({@code 5.000}, the template adds {@code đ}). */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Formats() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalTime time) {
        return TIME.format(time);
    }

    public static String dateTime(ZonedDateTime at) {
        return TIME.format(at) + " " + DATE.format(at);
    }

    /**
     * How long is left until something, as templates show it ({@code _partials/time_left}): {@code d} and
     * {@code h} from a day on (to the nearest hour), {@code h} and {@code m} below (to the nearest
     * minute); {@code now} when under a minute is left.
     */
    public static Map<String, Object> timeLeft(Duration left) {
        Map<String, Object> parts = new HashMap<>();
        long minutes = Math.round(Math.max(0, left.toSeconds()) / 60.0);
        if (minutes == 0) {
            parts.put("now", true);
        } else if (minutes >= 24 * 60) {
            long hours = Math.round(minutes / 60.0);
            putIfPositive(parts, "d", hours / 24);
            putIfPositive(parts, "h", hours % 24);
        } else {
            putIfPositive(parts, "h", minutes / 60);
            putIfPositive(parts, "m", minutes % 60);
        }
        return parts;
    }

    private static void putIfPositive(Map<String, Object> parts, String unit, long amount) {
        if (amount > 0) {
            parts.put(unit, amount);
        }
    }

    /**
     * Whole đồng with dots between thousands, {@code 5000 → "5.000"}; the unit is the template's to
     * write ({@code {{amount}} đ}), as every user-facing text is.
     */
    public static String money(long vnd) {
        String digits = Long.toString(Math.abs(vnd));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return (vnd < 0 ? "-" : "") + out;
    }
}
