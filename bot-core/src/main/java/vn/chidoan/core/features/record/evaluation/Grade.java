package vn.chidoan.core.features.record.evaluation;

import java.util.Locale;
import java.util.Optional;
import vn.chidoan.core.kernel.text.DateInput;

/**
 * A member's yearly classification (xếp loại đoàn viên), best first: Hoàn thành xuất sắc nhiệm vụ,
 * Hoàn thành tốt nhiệm vụ, Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ. Its label is
 * {@code record.grade.<key>}; typed, it is its number (1 to 4) or its words.
 */
enum Grade {
    EXCELLENT, GOOD, DONE, FAILED;

    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    int number() {
        return ordinal() + 1;
    }

    static Optional<Grade> ofKey(String key) {
        for (Grade grade : values()) {
            if (grade.key().equals(key)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    /** What a member typed: {@code 1}–{@code 4}, or the grade's words without or with diacritics. */
    static Optional<Grade> typed(String text) {
        String plain = DateInput.plain(text).replaceAll("[^a-z0-9]", "").replace("nhiemvu", "");
        return switch (plain) {
            case "1", "htxs", "hoanthanhxuatsac", "xuatsac", "excellent" -> Optional.of(EXCELLENT);
            case "2", "httot", "htt", "hoanthanhtot", "tot", "good" -> Optional.of(GOOD);
            case "3", "ht", "hoanthanh", "done" -> Optional.of(DONE);
            case "4", "kht", "khonghoanthanh", "failed" -> Optional.of(FAILED);
            default -> Optional.empty();
        };
    }
}
