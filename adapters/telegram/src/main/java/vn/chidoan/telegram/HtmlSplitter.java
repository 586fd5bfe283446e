package vn.chidoan.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits Telegram HTML that is too long for one message into parts that each fit and each stand on
 * their own. Cuts fall on line ends where possible, else on spaces, never inside a tag, an entity
 * ({@code &amp;}) or a surrogate pair; a tag open across a cut is closed before it and opened again
 * after it. Lengths are counted on the markup, which is never shorter than the text Telegram counts.
 */
final class HtmlSplitter {

    private HtmlSplitter() {
    }

    static List<String> split(String markup, int limit) {
        if (markup.length() <= limit) {
            return List.of(markup);
        }
        List<String> atoms = atoms(markup);
        List<String> parts = new ArrayList<>();
        int next = 0;
        Deque<String> open = new ArrayDeque<>();
        while (next < atoms.size()) {
            Part part = new Part(open, limit);
            next = part.fill(atoms, next);
            String text = part.render();
            if (!text.isBlank()) {
                parts.add(text);
            }
            open = part.openAtCut();
        }
        return parts;
    }

    /** The markup as indivisible pieces: a tag, an entity, a surrogate pair, or one character. */
    static List<String> atoms(String markup) {
        List<String> atoms = new ArrayList<>();
        int i = 0;
        while (i < markup.length()) {
            int end = atomEnd(markup, i);
            atoms.add(markup.substring(i, end));
            i = end;
        }
        return atoms;
    }

    private static int atomEnd(String markup, int i) {
        char c = markup.charAt(i);
        if (c == '<' || c == '&') {
            int close = markup.indexOf(c == '<' ? '>' : ';', i);
            if (close > i) {
                return close + 1;
            }
        }
        if (Character.isHighSurrogate(c) && i + 1 < markup.length()) {
            return i + 2;
        }
        return i + 1;
    }

    static boolean isTag(String atom) {
        return atom.length() > 2 && atom.charAt(0) == '<';
    }

    static String tagName(String tag) {
        int start = tag.charAt(1) == '/' ? 2 : 1;
        int end = start;
        while (end < tag.length() && Character.isLetterOrDigit(tag.charAt(end))) {
            end++;
        }
        return tag.substring(start, end);
    }

    static String closing(Deque<String> open) {
        StringBuilder out = new StringBuilder();
        open.descendingIterator().forEachRemaining(tag -> out.append("</").append(tagName(tag)).append('>'));
        return out.toString();
    }

    static void track(Deque<String> open, String atom) {
        if (!isTag(atom)) {
            return;
        }
        if (atom.charAt(1) == '/') {
            String name = tagName(atom);
            for (var it = open.descendingIterator(); it.hasNext();) {
                if (tagName(it.next()).equals(name)) {
                    it.remove();
                    return;
                }
            }
        } else if (!atom.endsWith("/>")) {
            open.addLast(atom);
        }
    }
}
