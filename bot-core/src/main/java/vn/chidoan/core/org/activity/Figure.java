package vn.chidoan.core.org.activity;

import java.util.Objects;

/**
 * One counted fact: what it counts ({@code key}, which names its label template
 * {@code activity.<key>}, e.g. {@code meeting.attended}), how many were done and, where it has a base,
 * out of how many ({@code expected}, 0 when there is none). Money is whole VND in both.
 */
public record Figure(String key, long done, long expected) {
    public Figure {
        Objects.requireNonNull(key, "key");
        if (done < 0 || expected < 0) {
            throw new IllegalArgumentException("a figure counts from zero: " + key + " " + done + "/" + expected);
        }
    }

    public static Figure count(String key, long done) {
        return new Figure(key, done, 0);
    }

    public static Figure ratio(String key, long done, long expected) {
        return new Figure(key, done, expected);
    }

    /** Done over expected, or 0 when there is no base. */
    public double rate() {
        return expected == 0 ? 0 : (double) done / expected;
    }
}
