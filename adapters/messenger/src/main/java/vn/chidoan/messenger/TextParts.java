package vn.chidoan.messenger;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text cut into parts a Messenger message can hold: at a line break where there is one in the
 * second half of a part, else at a space, else anywhere (never inside a surrogate pair).
 */
final class TextParts {
    private TextParts() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = cut(rest, limit);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    /** {@code text} split at {@code limit}, its last part split again to fit {@code lastLimit}. */
    static List<String> split(String text, int limit, int lastLimit) {
        List<String> parts = new ArrayList<>(split(text, limit));
        String last = parts.remove(parts.size() - 1);
        parts.addAll(split(last, lastLimit));
        return parts;
    }

    private static int cut(String text, int limit) {
        int newline = text.lastIndexOf('\n', limit);
        if (newline >= limit / 2) {
            return newline;
        }
        int space = text.lastIndexOf(' ', limit);
        if (space >= limit / 2) {
            return space;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }
}
