package vn.chidoan.core.kernel.pipeline;

import java.util.Map;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.text.CleanText;

/**
 * Reading what people type after a command. Each reader throws {@link BadInput} with the caller's
 * template (which shows an example) when the text cannot be used.
 */
public final class Arguments {
    private Arguments() {
    }

    /**
     * A name or title typed by a person (of a member, a unit, a post): invisible formatting characters
     * removed ({@link CleanText}), surrounding and repeated spaces too; it must hold a letter, no control
     * character, and {@code min..max} characters.
     */
    public static String name(String raw, int min, int max, String badInputKey) {
        String cleaned = CleanText.clean(raw);
        String name = cleaned == null ? "" : cleaned.strip().replaceAll("\\s+", " ");
        boolean hasLetter = name.codePoints().anyMatch(Character::isLetter);
        boolean hasControl = name.codePoints().anyMatch(Character::isISOControl);
        if (!hasLetter || hasControl || name.length() < min || name.length() > max) {
            throw new BadInput(badInputKey, Map.of("min", min, "max", max));
        }
        return name;
    }

    /** A name, or null when the text is not one (for names taken from a platform profile). */
    public static String nameOrNull(String raw, int min, int max) {
        try {
            return name(raw, min, max, "unused");
        } catch (BadInput notAName) {
            return null;
        }
    }

    /** A whole number from 1 up, such as a position in a roster. */
    public static int positive(String raw, String badInputKey) {
        String digits = raw == null ? "" : raw.strip();
        if (!digits.matches("[0-9]{1,6}") || Integer.parseInt(digits) == 0) {
            throw new BadInput(badInputKey, Map.of("text", digits));
        }
        return Integer.parseInt(digits);
    }

    /** The first word of the arguments (a code, a number), or an empty string. */
    public static String firstWord(String args) {
        String stripped = args == null ? "" : args.strip();
        return stripped.isEmpty() ? "" : stripped.split("\\s+", 2)[0];
    }
}
