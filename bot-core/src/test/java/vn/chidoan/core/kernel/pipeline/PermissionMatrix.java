package vn.chidoan.core.kernel.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Who may do what, as a table: a row per declaration (a command with what is typed after it, a button's
 * data, a {@code /start} payload), a column per role, and in each cell what happens in the branch's
 * group and in a private chat: {@code ✓} it is done, {@code ✗} it is refused for want of the right,
 * {@code –} it is not said there. Read from and written to the text form kept in
 * {@link PermissionTable}, and written as Markdown for docs/ARCHITECTURE.md.
 */
record PermissionMatrix(List<Row> rows) {
    static final List<String> ROLES = List.of("guest", "member", "BCH", "secretary", "officer", "officer elsewhere",
            "admin");
    static final String MAY = "✓";
    static final String REFUSED = "✗";
    static final String NOT_THERE = "–";

    /** {@code cells}: per role, the outcome in the group and in a private chat. */
    record Row(String what, String means, List<String> cells) {
    }

    /** The table in its text form: {@code what | means | <a cell per role>}, a header line first. */
    static PermissionMatrix parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<String> lines = text.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\\|");
            if (parts.length != 2 + ROLES.size()) {
                throw new IllegalArgumentException("a row needs what, means and " + ROLES.size() + " cells: " + line);
            }
            List<String> cells = IntStream.range(2, parts.length).mapToObj(i -> parts[i].strip().replaceAll("\\s+", " "))
                    .toList();
            rows.add(new Row(parts[0].strip(), parts[1].strip(), cells));
        }
        return new PermissionMatrix(rows);
    }

    /** The text form, aligned, as kept in the test. */
    String text() {
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("what", "means"));
        header.addAll(ROLES);
        table.add(header);
        rows.forEach(row -> {
            List<String> line = new ArrayList<>(List.of(row.what(), row.means()));
            line.addAll(row.cells());
            table.add(line);
        });
        int[] widths = IntStream.range(0, header.size())
                .map(c -> table.stream().mapToInt(line -> line.get(c).length()).max().orElse(0)).toArray();
        return table.stream().map(line -> IntStream.range(0, line.size())
                .mapToObj(c -> pad(line.get(c), widths[c])).collect(Collectors.joining(" | ")).stripTrailing())
                .collect(Collectors.joining("\n"));
    }

    /** The users' table for docs/ARCHITECTURE.md: each cell as "group / private". */
    String markdown() {
        StringBuilder out = new StringBuilder("| what | means | " + String.join(" | ", ROLES) + " |\n");
        out.append("|---|---|").append("---|".repeat(ROLES.size())).append('\n');
        for (Row row : rows) {
            out.append("| `").append(row.what().replace("⏎", "↵")).append("` | ").append(row.means()).append(" | ")
                    .append(row.cells().stream().map(c -> c.replace(" ", " / ")).collect(Collectors.joining(" | ")))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Each cell that differs from {@code expected}'s: {@code what / role: expected → this}. */
    List<String> differencesFrom(PermissionMatrix expected) {
        List<String> differences = new ArrayList<>();
        Map<String, Row> theirs = expected.byWhat();
        for (Row row : rows) {
            Row other = theirs.get(row.what());
            for (int role = 0; other != null && role < ROLES.size(); role++) {
                if (!row.cells().get(role).equals(other.cells().get(role))) {
                    differences.add(row.what() + " / " + ROLES.get(role) + ": " + other.cells().get(role) + " → "
                            + row.cells().get(role));
                }
            }
        }
        return differences;
    }

    /** The rows by what is done, in order. */
    Map<String, Row> byWhat() {
        Map<String, Row> rows = new LinkedHashMap<>();
        this.rows.forEach(row -> rows.put(row.what(), row));
        return rows;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
