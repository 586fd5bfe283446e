package vn.chidoan.core.features.fee;

import java.util.Locale;
import java.util.Optional;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * A member's fee level: {@link #LOW} for pupils, students and members without income (usually 2.000 đ a
 * month), {@link #INCOME} for members with an income (usually 5.000 đ). The BCH sets each member's; a
 * member nobody set is in the branch's default.
 */
enum Category {
    LOW, INCOME;

    /** The word in templates and documents: {@code low}, {@code income}. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a secretary types: {@code khongthunhap}, {@code hocsinh}, {@code sv} … or {@code thunhap}, {@code co}. */
    static Optional<Category> typed(String word) {
        return switch (DateInput.plain(word).replaceAll("[^a-z]", "")) {
            case "khongthunhap", "khong", "kothunhap", "hocsinh", "sinhvien", "hs", "sv", "hssv", "low" ->
                Optional.of(LOW);
            case "thunhap", "cothunhap", "co", "income" -> Optional.of(INCOME);
            default -> Optional.empty();
        };
    }
}
