package vn.chidoan.core.features.fee;

import java.time.YearMonth;
import java.util.List;

/** Money for one month of one member's fee: paid (positive) or taken back by a correction (negative). */
record Line(YearMonth month, long amount) {

    static long total(List<Line> lines) {
        return lines.stream().mapToLong(Line::amount).sum();
    }

    /** The months in order, each once. */
    static List<YearMonth> months(List<Line> lines) {
        return lines.stream().map(Line::month).distinct().sorted().toList();
    }
}
