package vn.chidoan.core.features.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.chidoan.core.kernel.chat.BadInput;
import vn.chidoan.core.kernel.text.DateInput;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.kernel.text.PhoneInput;

/**
 * What a member types for a field, read into the value stored: a text as typed (one line for a short
 * one), an option's position ({@code 2}; several as {@code 0,2}), a whole number within the field's
 * bounds, a day as {@code 2026-12-20} (read by {@link DateInput}), a phone in E.164, {@code yes} or
 * {@code no}. Anything else is refused with {@code form.fill.bad.<type>}, which names the field and
 * shows an example; nothing is stored then.
 */
final class FieldInput {
    static final int SHORT_MAX = 200;
    static final int LONG_MAX = 2000;
    static final String YES = "yes";
    static final String NO = "no";
    private static final Set<String> YES_WORDS = Set.of("co", "c", "yes", "y", "u", "uh", "dung", "ok", "dong y");
    private static final Set<String> NO_WORDS = Set.of("khong", "k", "ko", "no", "n", "sai", "khong dong y");
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,3}(?:\\.\\d{3})+|-?\\d{1,12}");

    private FieldInput() {
    }

    static String read(Field field, String typed, LocalDate today) {
        String text = typed == null ? "" : typed.strip();
        return switch (field.type()) {
            case TEXT -> text(field, text.replaceAll("\\s*\\R\\s*", " "), SHORT_MAX);
            case LONG_TEXT -> text(field, text, LONG_MAX);
            case CHOICE -> one(field, text);
            case CHOICES -> several(field, text);
            case NUMBER -> number(field, text);
            case DATE -> DateInput.date(text, today).map(LocalDate::toString).orElseThrow(() -> bad(field, text));
            case PHONE -> PhoneInput.read(text).map(PhoneInput.Phone::e164).orElseThrow(() -> bad(field, text));
            case YES_NO -> yesNo(field, text);
        };
    }

    /** How a stored answer reads: the options' texts, {@code 20/12/2026}, {@code 0912 345 678}, Có / Không. */
    static String shown(Field field, String stored, String yes, String no) {
        if (stored == null) {
            return null;
        }
        return switch (field.type()) {
            case CHOICE, CHOICES -> String.join(", ", positions(stored).stream()
                    .filter(i -> i < field.options().size()).map(field.options()::get).toList());
            case DATE -> Formats.date(LocalDate.parse(stored));
            case PHONE -> PhoneInput.shown(stored);
            case YES_NO -> YES.equals(stored) ? yes : no;
            default -> stored;
        };
    }

    /** The positions of a choice answer ({@code 0,2}). */
    static List<Integer> positions(String stored) {
        List<Integer> chosen = new ArrayList<>();
        if (stored != null && !stored.isBlank()) {
            for (String part : stored.split(",")) {
                chosen.add(Integer.parseInt(part.strip()));
            }
        }
        return chosen;
    }

    /** A choice answer with {@code option} added, or taken out if it was chosen. */
    static String toggled(String stored, int option) {
        Set<Integer> chosen = new java.util.TreeSet<>(positions(stored));
        if (!chosen.remove(option)) {
            chosen.add(option);
        }
        return chosen.isEmpty() ? null : String.join(",", chosen.stream().map(String::valueOf).toList());
    }

    private static String text(Field field, String text, int max) {
        if (text.isEmpty() || text.length() > max || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw bad(field, text, Map.of("max", max));
        }
        return text;
    }

    private static String one(Field field, String text) {
        List<Integer> chosen = chosen(field, text);
        if (chosen.size() != 1) {
            throw bad(field, text);
        }
        return chosen.get(0).toString();
    }

    private static String several(Field field, String text) {
        List<Integer> chosen = chosen(field, text);
        if (chosen.isEmpty()) {
            throw bad(field, text);
        }
        return String.join(",", chosen.stream().sorted().map(String::valueOf).toList());
    }

    /** Options named by number ({@code 1}, {@code 1, 3}, {@code 1 3}) or by their text; empty if any is neither. */
    private static List<Integer> chosen(Field field, String text) {
        Optional<Integer> byText = byText(field, text);
        if (byText.isPresent()) {
            return List.of(byText.get());
        }
        Set<Integer> chosen = new LinkedHashSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (!part.matches("\\d{1,2}") || Integer.parseInt(part) < 1 || Integer.parseInt(part) > field.options().size()) {
                return List.of();
            }
            chosen.add(Integer.parseInt(part) - 1);
        }
        return List.copyOf(chosen);
    }

    private static Optional<Integer> byText(Field field, String text) {
        String plain = DateInput.plain(text);
        for (int i = 0; i < field.options().size(); i++) {
            if (DateInput.plain(field.options().get(i)).equals(plain)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static String number(Field field, String text) {
        String compact = text.replace(" ", "");
        if (!WHOLE.matcher(compact).matches()) {
            throw bad(field, text);
        }
        long value = Long.parseLong(compact.replace(".", ""));
        if ((field.min() != null && value < field.min()) || (field.max() != null && value > field.max())) {
            throw bad(field, text);
        }
        return Long.toString(value);
    }

    private static String yesNo(Field field, String text) {
        String plain = DateInput.plain(text).replaceAll("[.!]+$", "");
        if (YES_WORDS.contains(plain)) {
            return YES;
        }
        if (NO_WORDS.contains(plain)) {
            return NO;
        }
        throw bad(field, text);
    }

    private static BadInput bad(Field field, String text) {
        return bad(field, text, Map.of());
    }

    /** {@code form.fill.bad.<type>} with the field's label, what was typed, and the field's bounds or options. */
    private static BadInput bad(Field field, String text, Map<String, Object> more) {
        Map<String, Object> model = new HashMap<>(more);
        model.put("label", field.label());
        model.put("text", text.length() > 60 ? text.substring(0, 60) + "…" : text);
        model.put("empty", text.isEmpty());
        if (field.min() != null) {
            model.put("min", field.min());
        }
        if (field.max() != null) {
            model.put("max", field.max());
        }
        model.put("count", field.options().size());
        return new BadInput("form.fill.bad." + field.type().code(), model);
    }
}
