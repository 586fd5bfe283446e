package vn.chidoan.core.org.reminder;

import java.util.Objects;

/** A reminder's id: its kind and target ({@code meeting:42}), so saving again replaces, never duplicates. */
public record ReminderId(String value) {
    public ReminderId {
        Objects.requireNonNull(value, "value");
    }

    public static ReminderId of(String kind, String target) {
        return new ReminderId(kind + ":" + target);
    }

    @Override
    public String toString() {
        return value;
    }
}
