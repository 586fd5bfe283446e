package vn.chidoan.core.kernel.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

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
