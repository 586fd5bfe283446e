package vn.chidoan.core.kernel.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;

/**
 * Amounts of money as a secretary types them on a phone, in whole đồng: {@code 5000}, {@code 5.000},
 * {@code 5,000}, {@code 5k}, {@code 5 nghìn} (or {@code ngàn}), {@code 2,5k}, {@code 1tr}, {@code 1 triệu},
 * with or without {@code đ}, {@code đồng} or {@code VND} after. Read without diacritics. One reader for
 * every feature, so every amount the bot takes is understood the same way or refused with an example.
 *
 * <p>Dots and commas followed by groups of exactly three digits separate thousands (the Vietnamese way
 * and the English one alike); a single dot or comma followed by one or two digits is a decimal point, and
 * only makes sense before a unit ({@code 2,5k} is 2.500 đ, {@code 2,5} alone is no whole amount).
 */
public final class MoneyInput {
    private static final int MAX_DIGITS = 15;
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d{1,15}(?:[.,]\\d{3})*|\\d{1,15}[.,]\\d{1,2})(k|nghin|ngan|tr|trieu)?(d|dong|vnd)?");
    private static final Map<String, Long> UNITS = Map.of("k", 1_000L, "nghin", 1_000L, "ngan", 1_000L,
            "tr", 1_000_000L, "trieu", 1_000_000L);

    private MoneyInput() {
    }

    /** What was typed, read: a whole non-negative amount, a negative one, or nothing readable. */
    public sealed interface Reading {
    }

    public record Amount(long vnd) implements Reading {
    }

    public record Negative() implements Reading {
    }

    public record Unreadable() implements Reading {
    }

    /** Reads {@code text} as an amount of đồng. */
    public static Reading read(String text) {
        String plain = DateInput.plain(text).replaceAll("\\s+", "");
        boolean negative = plain.startsWith("-") || plain.startsWith("\u2212");
        Matcher m = AMOUNT.matcher(negative ? plain.substring(1) : plain);
        if (!m.matches()) {
            return new Unreadable();
        }
        Optional<Long> vnd = whole(m.group(1), m.group(2));
        if (vnd.isEmpty()) {
            return new Unreadable();
        }
        return negative && vnd.get() > 0 ? new Negative() : new Amount(vnd.get());
    }

    /**
     * The amount typed, in đồng, or {@link BadInput} that says what to type instead, with
     * {@code example} (a command that works) in the reply: {@code money.bad} for what is no amount,
     * {@code money.negative}, {@code money.zero} unless {@code zeroAllowed}, {@code money.too_large} above
     * {@code max}.
     */
    public static long amount(String text, long max, boolean zeroAllowed, String example) {
        String typed = text == null ? "" : text.strip();
        Reading reading = read(typed);
        if (reading instanceof Negative) {
            throw new BadInput("money.negative", Map.of("text", typed, "example", example));
        }
        if (!(reading instanceof Amount amount)) {
            throw new BadInput("money.bad", Map.of("text", typed, "example", example));
        }
        if (amount.vnd() == 0 && !zeroAllowed) {
            throw new BadInput("money.zero", Map.of("example", example));
        }
        if (amount.vnd() > max) {
            throw new BadInput("money.too_large", Map.of("text", typed, "max", Formats.money(max),
                    "example", example));
        }
        return amount.vnd();
    }

    private static Optional<Long> whole(String number, String unit) {
        boolean decimal = number.matches("\\d+[.,]\\d{1,2}");
        if (decimal && unit == null) {
            return Optional.empty(); // "2,5" đồng: not a whole amount, and not what anyone means
        }
        String digits = decimal ? number.replace(',', '.') : number.replace(".", "").replace(",", "");
        if (digits.replace(".", "").length() > MAX_DIGITS) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(digits).multiply(BigDecimal.valueOf(unit == null ? 1 : UNITS.get(unit)));
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.setScale(0, RoundingMode.UNNECESSARY).longValueExact());
    }
}
