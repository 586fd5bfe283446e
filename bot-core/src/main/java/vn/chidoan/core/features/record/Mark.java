package vn.chidoan.core.features.record;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/** An honour on a record, with the day and the decision that gave it. */
public record Mark(Kind kind, LocalDate day, String decision) {

    /** Đoàn viên danh dự, đoàn viên ưu tú. */
    public enum Kind {
        HONORARY, OUTSTANDING;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Mark {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(day, "day");
    }
}
