package vn.chidoan.core.features.record;

import java.util.Locale;
import java.util.Optional;
import vn.chidoan.core.kernel.text.DateInput;

/** Giới tính as records keep it. */
public enum Gender {
    MALE, FEMALE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What people type or a workbook holds: {@code Nam}, {@code Nữ} (with or without diacritics), {@code male}… */
    public static Optional<Gender> typed(String text) {
        return switch (DateInput.plain(text)) {
            case "nam", "male", "m" -> Optional.of(MALE);
            case "nu", "female", "f" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
