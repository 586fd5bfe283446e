package vn.chidoan.core.features.report;

import java.util.HashMap;
import java.util.Map;
import vn.chidoan.core.kernel.text.Formats;
import vn.chidoan.core.org.activity.Figure;

/**
 * Figures as a template sees them: {@code {{#meeting}}…{{attended.done}}/{{attended.expected}}
 * ({{attended.rate}}%)…{{/meeting}}}, a section per topic present; money ({@code fee.*}) also as
 * {@code doneVnd} and {@code expectedVnd} ({@code 5.000 đ}); {@code base} is there when it has a base,
 * {@code any} when it is not all zero.
 */
final class FigureModel {
    private FigureModel() {
    }

    static Map<String, Object> of(Totals totals) {
        Map<String, Object> model = new HashMap<>();
        for (Figure figure : totals.all()) {
            String topic = Gathering.topicOf(figure.key());
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) model.computeIfAbsent(topic, t -> new HashMap<>());
            section.put(figure.key().substring(Math.min(figure.key().length(), topic.length() + 1)), one(figure));
        }
        return model;
    }

    static Map<String, Object> one(Figure figure) {
        Map<String, Object> model = new HashMap<>();
        model.put("done", figure.done());
        model.put("expected", figure.expected());
        model.put("rate", figure.expected() == 0 ? 0 : Math.round(100.0 * figure.done() / figure.expected()));
        model.put("doneVnd", Formats.money(figure.done()));
        model.put("expectedVnd", Formats.money(figure.expected()));
        model.put("missing", Math.max(0, figure.expected() - figure.done()));
        if (figure.done() > 0 || figure.expected() > 0) {
            model.put("any", true);
        }
        if (figure.expected() > 0) {
            model.put("base", true); // a template shows a rate only where there is one
        }
        return model;
    }
}
