package vn.chidoan.core.features.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.chidoan.core.kernel.export.Spreadsheet;
import vn.chidoan.core.org.activity.Figure;

/**
 * The report's .xlsx sheets, one per topic: a row per branch (or unit), its names first, then each of the
 * topic's figures; a figure with a base takes three columns (done, out of, percent).
 */
final class TopicSheets {
    /** One row: its leading cells (names) and its figures. */
    record Line(List<Object> leading, Totals totals) {
    }

    private TopicSheets() {
    }

    static void add(Spreadsheet book, List<String> topics, List<String> leadingHeader, List<Line> lines,
            Labels labels) {
        for (String topic : topics) {
            Set<String> keys = new LinkedHashSet<>();
            Set<String> ratios = new LinkedHashSet<>();
            for (Line line : lines) {
                for (Figure figure : line.totals().all()) {
                    if (Gathering.topicOf(figure.key()).equals(topic)) {
                        keys.add(figure.key());
                        if (figure.expected() > 0) {
                            ratios.add(figure.key());
                        }
                    }
                }
            }
            if (keys.isEmpty()) {
                continue;
            }
            List<String> header = new ArrayList<>(leadingHeader);
            for (String key : keys) {
                String label = labels.figure(key);
                header.add(label);
                if (ratios.contains(key)) {
                    header.add(labels.text("report.column.expected", Map.of("label", label)));
                    header.add(labels.text("report.column.percent", Map.of("label", label)));
                }
            }
            List<List<Object>> rows = new ArrayList<>();
            for (Line line : lines) {
                List<Object> row = new ArrayList<>(line.leading());
                for (String key : keys) {
                    Figure figure = line.totals().get(key);
                    row.add(figure.done());
                    if (ratios.contains(key)) {
                        row.add(figure.expected());
                        row.add(figure.expected() == 0 ? null : Math.round(100.0 * figure.done() / figure.expected()));
                    }
                }
                rows.add(row);
            }
            book.sheet(labels.sheet(topic), header, rows);
        }
    }
}
