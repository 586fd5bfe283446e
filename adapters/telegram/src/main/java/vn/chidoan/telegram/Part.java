package vn.chidoan.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * One part being cut by {@link HtmlSplitter}: it starts by reopening the tags left open by the previous
 * part, takes atoms while they fit with the closing tags they would need, and remembers the last line
 * end and the last space as places to cut back to.
 */
final class Part {
    private final int limit;
    private final StringBuilder body = new StringBuilder();
    private final Deque<String> open;
    private Cut lastLine;
    private Cut lastSpace;
    private Cut cut;

    private record Cut(int length, int nextAtom, Deque<String> open) {
    }

    Part(Deque<String> reopen, int limit) {
        this.limit = limit;
        this.open = new ArrayDeque<>(reopen);
        reopen.forEach(body::append);
    }

    /** Takes atoms from {@code start}; returns the index of the first atom left for the next part. */
    int fill(List<String> atoms, int start) {
        int prefix = body.length();
        for (int i = start; i < atoms.size(); i++) {
            String atom = atoms.get(i);
            Deque<String> after = new ArrayDeque<>(open);
            HtmlSplitter.track(after, atom);
            boolean fits = body.length() + atom.length() + HtmlSplitter.closing(after).length() <= limit;
            if (!fits && body.length() > prefix) {
                cut = best(i);
                return cut.nextAtom();
            }
            body.append(atom);
            open.clear();
            open.addAll(after);
            if (atom.equals("\n")) {
                lastLine = here(i + 1);
            } else if (atom.equals(" ")) {
                lastSpace = here(i + 1);
            }
        }
        cut = here(atoms.size());
        return atoms.size();
    }

    String render() {
        String text = body.substring(0, cut.length()).stripTrailing();
        return text + HtmlSplitter.closing(cut.open());
    }

    Deque<String> openAtCut() {
        return cut.open();
    }

    private Cut best(int atom) {
        if (lastLine != null) {
            return lastLine;
        }
        return lastSpace != null ? lastSpace : here(atom);
    }

    private Cut here(int nextAtom) {
        return new Cut(body.length(), nextAtom, new ArrayDeque<>(open));
    }
}
