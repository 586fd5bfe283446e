package vn.chidoan.core.kernel.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A button's data (after its prefix) in the shape most features give it, {@code <action>:<number>} and
 * at most a few more parts: the action, the number of the object it acts on (a form, a post, a notice,
 * a book), and what follows (a comment's number, a page). Read with {@link ButtonContext#numbered(int)}.
 */
public record NumberedPress(String action, long number, List<String> more) {

    /** The {@code i}-th part after the number, or "" when the data has fewer. */
    public String more(int i) {
        return i < more.size() ? more.get(i) : "";
    }

    static Optional<NumberedPress> read(String args, int most) {
        String[] parts = args.split(":", -1);
        if (parts.length < 2 || parts.length > 2 + most || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(new NumberedPress(parts[0], Long.parseLong(parts[1]),
                List.copyOf(Arrays.asList(parts).subList(2, parts.length))));
    }
}
