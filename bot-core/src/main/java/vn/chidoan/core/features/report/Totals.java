package vn.chidoan.core.features.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.chidoan.core.org.activity.Figure;

/**
 * A unit's figures by key, summed over its branches: done with done, expected with expected, so a rate of
 * many branches is their total over their total (not an average of rates).
 */
final class Totals {
    private final Map<String, Figure> figures = new LinkedHashMap<>();

    static Totals of(Collection<Figure> figures) {
        Totals totals = new Totals();
        figures.forEach(totals::add);
        return totals;
    }

    void add(Figure figure) {
        figures.merge(figure.key(), figure,
                (a, b) -> new Figure(a.key(), a.done() + b.done(), a.expected() + b.expected()));
    }

    Totals plus(Totals other) {
        other.figures.values().forEach(this::add);
        return this;
    }

    Figure get(String key) {
        return figures.getOrDefault(key, Figure.count(key, 0));
    }

    boolean has(String key) {
        return figures.containsKey(key);
    }

    long done(String key) {
        return get(key).done();
    }

    /** Done over expected in whole percent, 0 with no base. */
    int percent(String key) {
        Figure figure = get(key);
        return figure.expected() == 0 ? 0 : (int) Math.round(100.0 * figure.done() / figure.expected());
    }

    Collection<Figure> all() {
        return figures.values();
    }
}
