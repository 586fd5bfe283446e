package vn.chidoan.core.features.record;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.pipeline.Replies;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.PhoneInput;
import vn.chidoan.core.org.member.status.FeeCategory;

/**
 * Reading a record's fields as people type them or a workbook holds them, and showing them. A value
 * that cannot be used is a {@link BadInput} {@code record.field.bad.<field>} that shows an example:
 * the same words refuse a typed value and explain a refused row of an import.
 */
public final class FieldInput {
    /** Nobody on a roster was born more than this many years ago, or less than {@link #MIN_AGE}. */
    static final int MAX_AGE = 60;
    static final int MIN_AGE = 10;

    private FieldInput() {
    }

    /** The value of {@code field} in {@code typed} (text, or a workbook's cell: a date, a number). */
    public static Object read(Field field, Object typed, LocalDate today) {
        Optional<?> value = switch (field) {
            case BIRTH_DATE -> day(typed, today).filter(d -> d.isAfter(today.minusYears(MAX_AGE))
                    && !d.isAfter(today.minusYears(MIN_AGE)));
            case JOINED_UNION -> day(typed, today);
            case GENDER -> Gender.typed(text(typed));
            case CARD_NUMBER -> Optional.of(text(typed)).filter(t -> t.matches("[A-Za-z0-9./-]{4,20}"));
            case PHONE -> PhoneInput.read(phoneText(typed)).map(PhoneInput.Phone::e164);
            case FEE_CATEGORY -> feeCategory(text(typed));
        };
        return value.orElseThrow(() -> new BadInput("record.field.bad." + field.key(),
                Map.of("text", text(typed), "max", MAX_AGE, "min", MIN_AGE)));
    }

    /** How a stored value reads: dates {@code dd/MM/yyyy}, words in the reader's language. */
    public static String shown(Field field, Object value, Replies replies) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case BIRTH_DATE, JOINED_UNION -> Formats.date((LocalDate) value);
            case GENDER -> replies.label("record.gender." + ((Gender) value).key());
            case FEE_CATEGORY -> replies.label("record.fee." + ((FeeCategory) value).key());
            case PHONE -> PhoneInput.shown((String) value);
            case CARD_NUMBER -> (String) value;
        };
    }

    private static Optional<LocalDate> day(Object typed, LocalDate today) {
        if (typed instanceof LocalDate date) {
            return date.isAfter(today) ? Optional.empty() : Optional.of(date);
        }
        return DateInput.pastDate(text(typed), today);
    }

    /** A number a workbook turned into digits loses its leading zero: 912345678 is 0912345678. */
    private static String phoneText(Object typed) {
        String text = text(typed);
        return typed instanceof Long && text.length() == 9 ? "0" + text : text;
    }

    /**
     * What a secretary types: {@code thu nhập}, {@code có}; or {@code không thu nhập}, {@code học sinh},
     * {@code sv}; and the levels as the card and the roster file show them (what is in brackets aside), so
     * an exported roster reads back.
     */
    static Optional<FeeCategory> feeCategory(String text) {
        return switch (DateInput.plain(text).replaceAll("\\(.*\\)", "").replaceAll("[^a-z]", "")) {
            case "khongthunhap", "khongcothunhap", "khong", "kothunhap", "hocsinh", "sinhvien", "hs", "sv", "hssv",
                    "low", "thap", "noincome" -> Optional.of(FeeCategory.LOW);
            case "thunhap", "cothunhap", "co", "income", "withanincome" -> Optional.of(FeeCategory.INCOME);
            default -> Optional.empty();
        };
    }

    static String text(Object typed) {
        if (typed == null) {
            return "";
        }
        return typed instanceof LocalDate date ? Formats.date(date) : typed.toString().strip();
    }
}
