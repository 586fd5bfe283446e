package vn.chidoan.core.kernel.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one sanitiser for names and titles people type or platforms send: invisible formatting
 * characters are removed (right-to-left overrides and embeddings, bidi isolates and marks, zero-width
 * spaces and joiners, the byte-order mark: Unicode's "format" category), because they reorder rosters
 * and exports and let one name pass for another; the rest is put in NFC, so a name typed with combining
 * accents is the same name as one typed with precomposed letters.
 */
public final class CleanText {
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CleanText() {
    }

    /** The text without invisible formatting characters, in NFC; null stays null. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(raw.length());
        raw.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(kept::appendCodePoint);
        return Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    /**
     * A name or title a platform sends (a profile's name, a group's title), as the bot may show it: cleaned
     * ({@link #clean}), control characters (line breaks, escapes) and runs of spaces made one space, trimmed;
     * null when nothing visible is left. Adapters apply it once when they decode, so no feature echoes a
     * profile name that reorders or breaks the reply it is shown in.
     */
    public static String profileName(String raw) {
        String cleaned = clean(raw);
        if (cleaned == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(cleaned.length());
        cleaned.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c).forEach(kept::appendCodePoint);
        String name = kept.toString().strip().replaceAll("\\s+", " ");
        return name.isEmpty() ? null : name;
    }

    /**
     * How two names are compared: cleaned, spaces collapsed, case folded; diacritics count ("Lan" and
     * "Lân" are two people), so a name typed without them has to be corrected before it matches.
     */
    public static String nameKey(String name) {
        String cleaned = clean(name);
        return cleaned == null ? "" : cleaned.strip().replaceAll("\\s+", " ").toLowerCase(VIETNAMESE);
    }

    /** Whether two names are the same name by {@link #nameKey}; a missing name matches nothing. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && !nameKey(a).isEmpty() && nameKey(a).equals(nameKey(b));
    }
}
